"""Amounts made of weighted parts: shares in a ratio and a weighted mark.

- an amount shared in a ratio: "split 618 in the ratio 1:2, how much is each share?" →
  206 and 412; "share £1,200 between Ann and Ben 3 to 1" → Ann £900.00 and Ben £300.00;
- a weighted mark: "exam counts 60% and coursework 40%; I got 72 on the exam and 85 on
  coursework, overall?" → 77.2; the weights and scores paired by what they are for (or in
  the order given when nothing names them).

The text is expanded and lower-cased; each kind needs its own cue words and a question.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

# --- shares in a ratio ---------------------------------------------------------------------

TERM = r"\d+(?:\.\d+)?"
RATIO = _c(rf"(?<![\d.:])({TERM}(?:\s*:\s*{TERM})+)(?![\d:]|\.\d)|\bratio\s+(?:of\s+)?({TERM}"
           rf"(?:\s*(?:to|/)\s*{TERM})+)\b|(?<![\d.])({TERM}(?:\s+to\s+{TERM})+)\s+(?:ratio|split|"
           rf"basis)\b")
SHARE_CUE = _c(r"\b(?:split|splits|splitting|divide|divided|dividing|share|shared|sharing|"
               r"apportion\w*|ratio|proportion)\b")
SHARE_ASK = _c(r"\b(?:each|how\s+(?:much|many)|what|who\s+gets|work\s+out|calculate|find)\b|"
               r"^\s*(?:please\s+)?(?:split|share|divide)\s+[$€£]?\d")
NAMES = _c(r"\b(?:between|among(?:st)?|to|for)\s+([a-z]+)((?:\s*,\s*[a-z]+)*)\s*,?\s+and\s+"
           r"([a-z]+)\b")
NOT_NAMES = frozenset("us them you me two three four five friends people kids children each "
                      "the a an my our".split())


def ratio_split(text: str) -> Reckoned | None:
    """The amount shared in the ratio given, each share in the ratio's order."""
    if (times := TIMES_AS.search(text)) is not None:
        return _times_as_much(text, times)
    ratio = RATIO.search(text)
    if ratio is None or not SHARE_CUE.search(text) or not SHARE_ASK.search(text):
        return None
    said = next(g for g in ratio.groups() if g)
    if ":" in said and not re.search(r"\bratio\b|\bsplit\b|\bshare|\bdivid", text):
        return None
    if ":" in said and re.search(r"\b(?:am|pm|o'?clock|at|from|until|till)\s*$",
                                 text[:ratio.start()]):
        return None  # a clock time
    parts = [Fraction(p) for p in re.split(r"\s*(?::|to|/)\s*", said.strip())]
    amounts = _shared(text, ratio.span())
    if len(amounts) != 1 or len(parts) < 2 or any(p <= 0 for p in parts):
        return None
    whole = Fraction(amounts[0].group(2).replace(",", ""))
    total = sum(parts, Fraction(0))
    shares = [whole * p / total for p in parts]
    sign = sign_of(text)
    as_money = bool(sign) or "." in amounts[0].group(2)
    shown = [money(s, sign) if as_money else show(s) for s in shares]
    names = _names(text, len(parts))
    if names:
        shown = [f"{name} {value}" for name, value in zip(names, shown, strict=True)]
    text_shown = ", ".join(shown[:-1]) + f" and {shown[-1]}"
    ratio_said = ":".join(show(p) for p in parts)
    part = whole / total
    basis = f"{show(whole)} ÷ {show(total)} parts ({ratio_said}) = {show(part)} a part"
    if as_money:  # each share with its parts, as plain numbers beside the money
        basis += "; " + ", ".join(f"{show(p)} × {show(part)} = {show(v)}"
                                  for p, v in zip(parts, shares, strict=True))
    return Reckoned("shares", shares[0], "", basis, text=text_shown)


WHO = re.compile(r"\s*(?:%|percent|ways|people|persons|friends|kids|children|of\s+(?:us|them)|"
                 r"times|siblings|brothers|sisters|sons|daughters|partners|investors|"
                 r"shareholders|winners|workers|employees)\b")


def _shared(text: str, skip: tuple[int, int]) -> list[re.Match[str]]:
    """The amounts that could be the one shared (not the ratio's, not a count of people)."""
    return [m for m in re.finditer(AMOUNT, text) if not skip[0] <= m.start(2) < skip[1]
            and not WHO.match(text, m.end())]


TIMES_AS = _c(r"\b([a-z]+)\s+(?:gets?|receives?|has|takes?|should\s+get|is\s+to\s+get|earns?)\s+"
              r"(twice|double|three\s+times|four\s+times|half|(\d+(?:\.\d+)?)\s+times)\s+(?:as\s+"
              r"much|what)\s+(?:as\s+)?(?:the\s+)?([a-z]+)\b")
MULTIPLE = {"twice": Fraction(2), "double": Fraction(2), "three times": Fraction(3),
            "four times": Fraction(4), "half": Fraction(1, 2)}


def _times_as_much(text: str, times: re.Match[str]) -> Reckoned | None:
    """"split 120 so that Ann gets twice as much as Ben" → Ann 80 and Ben 40."""
    if not SHARE_CUE.search(text) or not SHARE_ASK.search(text):
        return None
    factor = Fraction(times.group(3)) if times.group(3) else MULTIPLE.get(
        re.sub(r"\s+", " ", times.group(2)))
    amounts = _shared(text, times.span())
    if factor is None or factor <= 0 or len(amounts) != 1:
        return None
    whole = Fraction(amounts[0].group(2).replace(",", ""))
    second = whole / (factor + 1)
    sign = sign_of(text)
    as_money = bool(sign) or "." in amounts[0].group(2)
    def said(v: Fraction) -> str:
        return money(v, sign) if as_money else show(v)
    names = [n.capitalize() if n not in NOT_NAMES else n for n in (times.group(1),
                                                                    times.group(4))]
    return Reckoned("shares", whole - second, "", f"{show(whole)} ÷ ({show(factor)} + 1) = "
                    f"{show(second)} for {names[1]}", text=f"{names[0]} {said(whole - second)} "
                    f"and {names[1]} {said(second)}")


def _names(text: str, count: int) -> list[str]:
    found = NAMES.search(text)
    if found is None:
        return []
    names = [found.group(1), *re.findall(r"[a-z]+", found.group(2)), found.group(3)]
    if len(names) != count or any(n in NOT_NAMES for n in names):
        return []
    return [n.capitalize() for n in names]


# --- a weighted mark -----------------------------------------------------------------------

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
WORD = r"([a-z][a-z-]+)"
WEIGHTED = (
    _c(rf"\b{WORD}\s+(?:is\s+|are\s+)?(?:counts?|worth|weighs?|weighted(?:\s+at)?|carries|makes\s+"
       rf"up|(?:is\s+)?weighted\s+at)\s+(?:for\s+)?(?:as\s+)?{PCT}"),
    _c(rf"\b{WORD}\s*(?:\(|:|=|-|\bis\b|\bare\b|\bat\b)?\s*{PCT}\s*\)?"),
    _c(rf"{PCT}\s+(?:is\s+|for\s+|from\s+|on\s+)?(?:the\s+)?{WORD}"),
)
SCORED = (
    _c(rf"(?:\b(?:got|get|scored?|have|had|received|made|achieved|earned|averag\w+|with)\s+"
       rf"(?:an?\s+)?)?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|marks?|points?)?\s*(?:/\s*100\s*)?(?:on|in|for|from)\s+"
       rf"(?:the\s+|my\s+|our\s+)?{WORD}"),
    _c(rf"\b{WORD}\s+(?:score|mark|grade|result)?\s*(?:was|is|=|:|of)?\s*(\d+(?:\.\d+)?)(?!\d|\.\d)"
       rf"(?!\s*(?:%|percent\b|per\s*cent\b))"),
)
BOTH = _c(rf"\b{WORD}\s+(?:average\s+|score\s+|mark\s+|grade\s+)?(?:of\s+|was\s+|is\s+|:\s*)?"
          rf"(\d+(?:\.\d+)?)\s*(?:%\s*)?\(\s*(?:weight(?:ed|ing)?\s*:?\s*|worth\s+)?{PCT}(?:\s+of\s+"
          rf"(?:the\s+)?(?:grade|mark|total|final|course))?\s*\)")
MARK_ASK = _c(r"\b(?:overall|final|weighted|total|combined|course|module|end)\s+(?:mark|grade|"
              r"score|result|average|percentage)\b|\bweighted\s+average\b|\boverall\b|\bwhat\s+(?:did\s+"
              r"i|do\s+i|will\s+i)\s+(?:get|end\s+up\s+with)\b|\b(?:what\s+is|calculate|work\s+out)\s+"
              r"(?:my|the|our|his|her)\s+(?:grade|mark|score|result)\b")
SKIP_WORDS = frozenset("the a an my i and it is of on in for at to counts worth weighs "
                       "weighted with total overall score mark grade".split())


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def weighted_mark(text: str) -> Reckoned | None:
    """The weighted mark from each part's weight and score."""
    if not MARK_ASK.search(text):
        return None
    weights: dict[str, tuple[Fraction, int]] = {}
    spans: list[tuple[int, int]] = []
    scores: dict[str, Fraction] = {}
    for m in BOTH.finditer(text):  # "midterm 74 (30%)": a part's score and its weight
        if _stem(m.group(1)) not in SKIP_WORDS:
            weights.setdefault(_stem(m.group(1)), (Fraction(m.group(3)), m.start()))
            scores.setdefault(_stem(m.group(1)), Fraction(m.group(2)))
            spans.append(m.span())
    for pattern in WEIGHTED:
        for m in pattern.finditer(text):
            word, pct = (m.group(1), m.group(2)) if pattern is not WEIGHTED[2] else (
                m.group(2), m.group(1))
            if _stem(word) in SKIP_WORDS or any(a <= m.start() < b for a, b in spans):
                continue
            weights.setdefault(_stem(word), (Fraction(pct), m.start()))
            spans.append(m.span())
    if len(weights) < 2:
        return None
    for pattern in SCORED:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            value, word = (m.group(1), m.group(2)) if pattern is SCORED[0] else (m.group(2),
                                                                                  m.group(1))
            if _stem(word) in weights and _stem(word) not in scores:
                scores[_stem(word)] = Fraction(value)
    if set(scores) != set(weights):
        scores = _in_order(text, weights, spans)  # "40% of the grade and I have 82, …"
    if set(scores) != set(weights):
        return None
    total = sum((w for w, _ in weights.values()), Fraction(0))
    if total <= 0:
        return None
    mark = sum((weights[k][0] * scores[k] for k in weights), Fraction(0)) / total
    order = sorted(weights, key=lambda k: weights[k][1])
    basis = " + ".join(f"{show(scores[k])} × {show(weights[k][0])}%" for k in order)
    if total != 100:
        basis = f"({basis}) ÷ {show(total)}%"
    return Reckoned("overall mark", mark, "", basis)


# a number that is a score: not a weight ("15%") nor the rounding asked ("2 decimals")
LISTED_SCORE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?!\d|\.\d|\s*%|\s*(?:decimals?|dp\b|d\.p|"
                          r"places?|sig|s\.?f\b|significant))", re.I)


def _in_order(text: str, weights: dict[str, tuple[Fraction, int]],
              spans: list[tuple[int, int]]) -> dict[str, Fraction]:
    """Scores that name no part, one after each weight in turn."""
    numbers = [m for m in LISTED_SCORE.finditer(text)
               if not any(a <= m.start() < b for a, b in spans)]
    order = sorted(weights, key=lambda k: weights[k][1])
    if len(numbers) != len(order):
        return {}
    starts = [weights[k][1] for k in order] + [len(text)]
    listed = all(m.start() > max(b for _, b in spans) for m in numbers)  # "I got 64, 99 and 74"
    if not listed and any(not starts[i] < m.start() < starts[i + 1]
                          for i, m in enumerate(numbers)):
        return {}
    return {k: Fraction(m.group(1)) for k, m in zip(order, numbers, strict=True)}


KINDS = (ratio_split, weighted_mark)
