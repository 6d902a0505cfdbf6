"""Figures asked of a message's words rather than of a plain list of numbers.

- a named amount's share of the total ("rent 1170, food 262, transport 152 - what percent
  went on food?", "what share of the budget is rent?", "food as a % of everything");
- the compound annual growth rate ("went from 38,000 to 86,900 over 6 years - CAGR?",
  "average yearly growth, compounded", "what annual rate turns 5k into 8k in 4 years?");
- a tally of listed words ("Replies: tea, juice, tea, coffee. How many replied, and how many
  said coffee?", "how many times does 'yes' come up?", "which answer was the most common?").
"""

from __future__ import annotations

import re
from collections import Counter

from core.agents.data_cart import cart_figures
from core.agents.data_groups import group_means
from core.agents.patterns import ci
from core.agents.wording import expand

AMOUNT = r"[$€£]?\s*(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k\b)?"
LABELLED = re.compile(r"(?P<l>[a-z][a-z' ]{0,24}?)\s*(?:[:=-]\s*|\s)" + AMOUNT, re.I)
SHARE = ci(r"\b(?:what|which)\s+(?:percent(?:age)?|%|share|proportion|fraction|part)\b|"
           r"\bhow\s+much\s+of\b.{0,40}\b(?:percent|%)|\bas\s+an?\s+(?:%|percent(?:age)?|share)\b|"
           r"\b(?:percent(?:age)?|%|share|proportion)\s+of\s+(?:my|our|the|all|total|every)")
CAGR = ci(r"\bcagr\b|\bcompound(?:ed)?\s+(?:annual|yearly)\s+(?:growth|return|rate)|"
          r"\b(?:annual|yearly)\s+(?:growth|return)\s+rate\b.{0,40}\bcompound|"
          r"\bcompound(?:ed|ing)?\b.{0,40}\b(?:annual|yearly|per\s+year|a\s+year)\b|"
          r"\b(?:annual|yearly|per\s+year|a\s+year)\b.{0,40}\bcompound")
FROM_TO = ci(r"\bfrom\s+" + AMOUNT.replace("?P<v>", "?P<a>").replace("?P<k>", "?P<ka>") +
             r".{0,20}?\bto\s+" + AMOUNT.replace("?P<v>", "?P<b>").replace("?P<k>", "?P<kb>") +
             r".{0,40}?\b(?:over|in|across|after|within)\s+(?:the\s+)?(?:last\s+|past\s+)?"
             r"(?P<n>\d+(?:\.\d+)?)\s*(?:years?|yrs?)\b")
WORD_LIST = re.compile(r"(?::|\bwere\b|\bwas\b)\s*(?P<list>[a-z][a-z' -]{0,20}(?:\s*,\s*"
                       r"(?:and\s+)?[a-z][a-z' -]{0,20}){4,})\s*(?:[.?!;\n]|$)", re.I)
HOW_MANY = ci(r"\bhow\s+many\b|\bcount\b|\bnumber\s+of\b|\bhow\s+often\b|\btally\b")
MOST = ci(r"\bmost\s+(?:popular|common|frequent|often|votes|chosen|picked|liked)\b|\bfavou?rite\b|"
          r"\bwhich\s+\w+\s+(?:won|came\s+(?:top|first))\b|\bcame\s+up\s+most\b")
SKIP = {"my", "our", "the", "a", "an", "on", "for", "and", "of", "in", "spent", "i", "we", "this",
        "month", "week", "year", "paid", "costs", "cost"}


def _number(value: str, thousand: str | None) -> float:
    return float(value.replace(",", "")) * (1000 if thousand else 1)


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _label(raw: str) -> str:
    words = [w for w in raw.lower().split() if w not in SKIP]
    return " ".join(words)


def share_of_named(request: str) -> str | None:
    """The share of the total that one named amount is."""
    found = SHARE.search(request)
    if found is None:
        return None
    cuts = [m.end() for m in re.finditer(r"[.?!](?:\s|$)|\n|\s[-–]\s", request[:found.start()])]
    start = cuts[-1] if cuts else 0
    body, asked_text = request[:start], request[start:]
    amounts = [(_label(m.group("l")), _number(m.group("v"), m.group("k")))
               for m in LABELLED.finditer(body)]
    amounts = [(label, value) for label, value in amounts if label]
    if len(amounts) < 2 or len({label for label, _ in amounts}) != len(amounts):
        return None
    asked = [(label, value) for label, value in amounts
             if re.search(rf"\b{re.escape(label)}\b", asked_text, re.I)]
    if len(asked) != 1:
        return None
    label, value = asked[0]
    total = sum(v for _, v in amounts)
    if not total:
        return None
    return (f"{label}: **{value / total * 100:.2f}%** of the total ({_fmt(value)} of "
            f"{_fmt(total)})")


YEARS_SAID = ci(r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*(?:-\s*)?(?:years?|yrs?)\b")
A_YEAR = re.compile(r"(?<![\d$€£,.])(?:19|20)\d\d(?![\d,]|\.\d)")
FIGURE = re.compile(r"(?<![\w.])[$€£]?\s*(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k\b|thousand\b|"
                    r"million\b|m\b)?", re.I)
SCALE = {"k": 1e3, "thousand": 1e3, "million": 1e6, "m": 1e6}


def _two_figures(request: str) -> tuple[float, float, float, str] | None:
    """A start and an end amount and the years between them, however written: "$286,000 in
    2019 and, 5 years later, $599,650", "1,200 in 2015 and 3,000 in 2022", "5 years ago it
    was 10k, now it's 16k"."""
    years = [int(m.group(0)) for m in A_YEAR.finditer(request)]
    said = YEARS_SAID.search(request)
    text = A_YEAR.sub(" ", YEARS_SAID.sub(" ", request))
    amounts = [float(m.group("v").replace(",", "")) * SCALE.get((m.group("k") or "").lower(), 1)
               for m in FIGURE.finditer(text)]
    if len(amounts) != 2:
        return None
    if said is not None:
        span = float(said.group("n"))
    elif len(years) >= 2 and years[-1] != years[0]:
        span = float(abs(years[-1] - years[0]))
    else:
        return None
    shown = said.group("n") if said is not None else _fmt(span)
    return amounts[0], amounts[1], span, shown


def compound_growth(request: str) -> str | None:
    """The compound annual growth rate from a start, an end and a number of years."""
    if not CAGR.search(request):
        return None
    found = FROM_TO.search(request)
    if found is None:
        if (figures := _two_figures(request)) is None:
            return None
        start, end, span, shown = figures
        if start <= 0 or end <= 0 or span <= 0:
            return None
        rate = ((end / start) ** (1 / span) - 1) * 100
        return (f"compound annual growth rate: **{rate:.2f}%** a year ({_fmt(start)} → "
                f"{_fmt(end)} over {shown} years: ({_fmt(end)} / {_fmt(start)})^(1/{shown}) − 1)")
    start = _number(found.group("a"), found.group("ka"))
    end = _number(found.group("b"), found.group("kb"))
    years = float(found.group("n"))
    if start <= 0 or end <= 0 or years <= 0:
        return None
    rate = ((end / start) ** (1 / years) - 1) * 100
    return (f"compound annual growth rate: **{rate:.2f}%** a year ({_fmt(start)} → "
            f"{_fmt(end)} over {found.group('n')} years: ({_fmt(end)} / {_fmt(start)})^(1/"
            f"{found.group('n')}) − 1)")


def word_tally(request: str) -> str | None:
    """How many words were listed, how many were each named one, and the commonest."""
    found = WORD_LIST.search(request)
    if found is None or not (HOW_MANY.search(request) or MOST.search(request)):
        return None
    words = [re.sub(r"^and\s+", "", w.strip().lower()) for w in found.group("list").split(",")]
    words = [w for w in words if w]
    counts = Counter(words)
    if len(counts) == len(words):
        return None  # nothing repeats: a sentence, not answers to tally
    tail = request[found.end():]
    lines = [f"**{len(words)}** answers in all"]
    named = [w for w in counts if re.search(rf"\b{re.escape(w)}\b", tail, re.I)]
    lines += [f"{w}: **{counts[w]}**" for w in named]
    if MOST.search(request) or not named:
        top = max(counts.values())
        lines.append("most common: **" + ", ".join(w for w, c in counts.items() if c == top) +
                     f"** ({top})")
    lines.append("(" + ", ".join(f"{w} {c}" for w, c in counts.most_common()) + ")")
    return "; ".join(lines)


WEIGHTED = ci(r"\bweighted\b|\bweights?\b|\bworth\s+\d|\bcounts?\s+(?:for\s+)?\d+(?:\.\d+)?"
              r"\s*%")
PAIRED_WEIGHT = ci(r"(?P<v>-?\d+(?:\.\d+)?)\s*(?:%\s*)?(?:\(\s*|,\s*)?(?:weight(?:ed|ing)?|worth|"
                   r"at|counts?(?:\s+(?:for|as))?|with\s+(?:a\s+)?weight(?:ing)?)\s*(?:of\s+|:\s*|"
                   r"=\s*)?"
                   r"(?P<w>\d+(?:\.\d+)?)\s*(?:%|x|credits?|units?|points?)?")
LIST_NUMBERS = re.compile(r"-?\d+(?:\.\d+)?")
WEIGHT_FIRST = ci(r"\(\s*(?:weight(?:ed|ing)?\s*:?\s*)?(?P<w>\d+(?:\.\d+)?)\s*%?\s*"
                  r"(?:weight(?:ing)?|of\s+(?:the\s+)?(?:grade|mark|total))?\s*\)\s*[:=–-]?\s*"
                  r"(?P<v>-?\d+(?:\.\d+)?)(?!\d|\.\d)")


def weighted_mean(request: str) -> str | None:
    """"90 (weight 30%), 80 (weight 50%), 70 (weight 20%)", "exam 85 worth 40%, coursework 72
    worth 60%", "scores 90, 80, 70 with weights 3, 2, 1": the weighted average."""
    if not WEIGHTED.search(request):
        return None
    pairs = [(float(m.group("v")), float(m.group("w"))) for m in PAIRED_WEIGHT.finditer(request)]
    if len(pairs) < 2:  # "Homework (30%): 92": the weight before the mark
        pairs = [(float(m.group("v")), float(m.group("w")))
                 for m in WEIGHT_FIRST.finditer(request)]
    if len(pairs) < 2:
        cut = re.search(r"\bweight(?:s|ed|ings?)?\b", request, re.I)
        if cut is None:
            return None
        values = [float(v) for v in LIST_NUMBERS.findall(request[:cut.start()])]
        weights = [float(w) for w in LIST_NUMBERS.findall(request[cut.end():])]
        if len(weights) < 2 or len(values) < len(weights):
            return None
        pairs = list(zip(values[-len(weights):], weights, strict=True))
    total = sum(w for _, w in pairs)
    if total <= 0:
        return None
    mean = sum(v * w for v, w in pairs) / total
    shown = " + ".join(f"{_fmt(v)} × {_fmt(w)}" for v, w in pairs)
    figure = f"{mean:.2f}".rstrip("0").rstrip(".")
    return f"weighted average: **{figure}** (({shown}) ÷ {_fmt(total)})"


def worded_figure(request: str) -> str | None:
    """A figure asked of the message's words or listed numbers (the request is a data part)."""
    from core.agents.data_series import asked_figures

    return "\n".join(asked_figures(request, everyday=True)) or words_figure(request)


def words_figure(request: str) -> str | None:
    """A figure asked of the message's words rather than of a plain list."""
    return cart_figures(request) or share_of_named(request) or compound_growth(request) or \
        word_tally(request) or group_means(request) or weighted_mean(request)

SPOKEN = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
          r"seventy|eighty|ninety|hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|"
          r"nine|hundred))?")
SPOKEN_LIST = ci(rf"\b{SPOKEN}(?:\s*,\s*(?:and\s+)?{SPOKEN}){{2,}}\b")


def spoken_list(text: str) -> str:
    """A list of three or more numbers written in words ("seven, six, eight and five hours")
    in digits, so it reads as any list of numbers; other text as it is."""
    return expand(text) if SPOKEN_LIST.search(text) else text


__all__ = ["compound_growth", "share_of_named", "spoken_list", "word_tally", "worded_figure",
           "words_figure"]
