"""Figures asked of listed numbers beyond the summary line, in the words people use.

- how many values pass a threshold ("how many readings were above one fifty?", "count the
  days over 30", "how many scored at least 70", "how many are 5 or less");
- the population or the sample standard deviation, said which ("population std dev of …",
  "σ, dividing by n");
- the change from the first value to the last ("by how many did it grow from the first
  month to the last?", "net change from January to June", "how much has it dropped since
  the start?");
- the gap between the largest and the smallest ("the gap between the cheapest and the
  dearest", "how far apart are the highest and the lowest");
- pairs written together ("(64, 138), (28, 115), …") are two series, so their correlation
  can be given.
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_counts import out_of
from core.agents.data_growth import STRETCH
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked
from core.tools.csvread import csv_rows
from core.tools.data import numbers_in

UNITS = ("one two three four five six seven eight nine").split()
TEENS_TENS = {w: v for v, w in enumerate(("ten eleven twelve thirteen fourteen fifteen sixteen "
                                          "seventeen eighteen nineteen").split(), start=10)}
TEENS_TENS.update({w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())})
SPOKEN = ci(rf"\b(?P<h>{'|'.join(UNITS)})[\s-]+(?P<t>{'|'.join(TEENS_TENS)})"
            rf"(?:[\s-]+(?P<u>{'|'.join(UNITS)}))?\b")


def spoken_hundreds(text: str) -> str:
    """"one fifty" → "150", "two twenty-five" → "225" (a figure said as people say it)."""
    def value(m: re.Match[str]) -> str:
        tail = UNITS.index(m.group("u").lower()) + 1 if m.group("u") else 0
        return str((UNITS.index(m.group("h").lower()) + 1) * 100 +
                   TEENS_TENS[m.group("t").lower()] + tail)
    return SPOKEN.sub(value, text)


def figures_said(text: str) -> str:
    """"one fifty" → 150, "10k" → 10000, "1,500" → 1500: a threshold as people write it."""
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", spoken_hundreds(text))
    text = re.sub(r"\b(?:the\s+)?freezing(?:\s+point)?\b", "0", text, flags=re.I)  # °C
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:–|—|-|to)\s*(\d+(?:\.\d+)?)(?:\s*[a-z%°]+)?\s+"
                  r"(?:range|band|bracket|zone)\b|\b(?:range|within|inside)\s+(?:of\s+)?"
                  r"(\d+(?:\.\d+)?)\s*(?:–|—|-|to)\s*(\d+(?:\.\d+)?)",
                  lambda m: f"between {m.group(1) or m.group(3)} and {m.group(2) or m.group(4)}",
                  text, flags=re.I)  # "in the 18.5–25 range"
    return re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s?[kK](?![a-zA-Z])",
                  lambda m: f"{float(m.group(1)) * 1000:g}", text)


NUMBER = r"(?P<n>-?\d+(?:\.\d+)?)"
ABOVE = (r"above|over|more\s+than|greater\s+than|higher\s+than|bigger\s+than|larger\s+than|"
         r"exceed(?:s|ed|ing)?|in\s+excess\s+of|past|beyond|topp(?:ed|ing)|went\s+over")
BELOW = (r"below|under|less\s+than|lower\s+than|fewer\s+than|smaller\s+than|beneath|"
         r"short\s+of|dipp?(?:ed|ing)?\s+below")
AT_LEAST = (r"at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|min(?:imum)?\s+of|"
            r"reach(?:ed|es|ing)?|hit(?:s|ting)?|got\s+to|achiev(?:e|ed|es|ing)|"
            r"pass(?:ing)?\s+(?:mark|grade|score|line)(?:\s+(?:is|was|of|=|:|at))?")
AT_MOST = r"at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|max(?:imum)?\s+of|up\s+to"
THRESHOLD = ci(rf"\b(?:(?P<ge>{AT_LEAST})|(?P<le>{AT_MOST})|(?P<gt>{ABOVE})|(?P<lt>{BELOW}))"
               rf"\s+(?:the\s+)?(?:value\s+of\s+|mark\s+of\s+)?[$€£]?\s*{NUMBER}(?!\d|\.\d)")
OR_MORE = ci(rf"(?<![\w.]){NUMBER}\s*(?:[a-z%°]+\s+)?or\s+(?:(?P<ge>more|above|higher|over|"
             rf"greater|bigger|up(?:wards)?)|(?P<le>less|below|lower|under|fewer|smaller))\b")
BETWEEN = ci(rf"\bbetween\s+{NUMBER}\s*(?:[a-z%°]+\s+)?and\s+(?P<m>-?\d+(?:\.\d+)?)")
COUNTING = ci(r"\bhow\s+many\b|\bcount\b|\bnumber\s+of\b|\bhow\s+often\b|\bwhat\s+share\b|"
              r"\bhow\s+many\s+times\b|\bwhat\s+(?:fraction|proportion|percent\w*)\b|\bwhat\s+%")
PERCENT_AFTER = ci(r"\s*(?:%|per\s?cent\b)")
WHOLE = ci(r"\b(?:there\s+(?:were|are|was)|out\s+of|(?:a\s+)?total\s+of|we\s+(?:ran|held|had)|"
           r"(?:it|the\s+\w+)\s+had)\s+(?P<n>\d+(?:\.\d+)?)\s+(?P<w>[a-z]+)")
SIGNS = {"gt": ">", "lt": "<", "ge": "≥", "le": "≤"}
WORDS = {"gt": "above", "lt": "below", "ge": "at least", "le": "at most"}


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _whole(text: str, values: list[float]) -> float | None:
    """The whole a percent bound is of ("there were 36 sessions"), when no value passes it."""
    found = WHOLE.search(text)
    if found is None:
        return None
    whole = float(found.group("n"))
    return whole if whole > 0 and max(values) <= whole else None


def passes_limit(value: float, kind: str, limit: float) -> bool:
    """Whether a value is past the limit the way the question says ("gt", "lt", "ge", "le")."""
    return {"gt": value > limit, "lt": value < limit, "ge": value >= limit,
            "le": value <= limit}[kind]


def threshold_count(values: list[float], request: str) -> str | None:
    """"how many were above 150?" → "**2** of the 9 values are above 150 (155, 158)"."""
    text = figures_said(request)
    if not COUNTING.search(text) or not values:
        return None
    if (between := BETWEEN.search(text)) is not None:
        low, high = sorted((float(between.group("n")), float(between.group("m"))))
        hits = [v for v in values if low <= v <= high]
        said = f"between {_fmt(low)} and {_fmt(high)}"
    else:
        found = THRESHOLD.search(text) or OR_MORE.search(text)
        if found is None:
            return None
        kind = next(k for k in ("ge", "le", "gt", "lt") if found.groupdict().get(k))
        limit = float(found.group("n"))
        said = f"{WORDS[kind]} {_fmt(limit)}"
        if PERCENT_AFTER.match(text, found.end("n")) and (whole := _whole(text, values)):
            limit = limit / 100 * whole  # "below 80% attendance" of 36 sessions: below 28.8
            said += f"% of {_fmt(whole)} ({_fmt(limit)})"
        hits = [v for v in values if passes_limit(v, kind, limit)]
    shown = f" ({', '.join(_fmt(v) for v in hits[:12])}{', …' if len(hits) > 12 else ''})" \
        if hits else ""
    share = f"{len(hits) / len(values) * 100:.2f}".rstrip("0").rstrip(".")
    return (f"{out_of(len(hits), len(values), request)} {'is' if len(hits) == 1 else 'are'} "
            f"{said}{shown}; that is **{share}%**")


POPULATION = ci(r"\bpopulation\b|\bpop\.?\s+(?:sd|s\.d\.|std|standard|variance)|σ|\bdivid\w*\s+"
                r"by\s+n\b(?!\s*-)|\bwhole\s+(?:group|population|set)\b|\bnot\s+(?:a\s+)?sample\b|"
                r"\bbiased\b|\bpstdev\b|\bpvariance\b")
SPREAD = ci(r"\bstandard\s+deviation\b|\bstd\.?\s*dev\b|\bstdev\b|\bs\.?d\.?\b|σ|\bvariance\b|"
            r"\bdeviation\b|\bpstdev\b|\bpvariance\b")


def deviation_kind(values: list[float], request: str) -> str | None:
    """The population standard deviation (or variance) when it is the one asked, beside the
    sample one, each named."""
    if len(values) < 2 or not SPREAD.search(request) or not POPULATION.search(request):
        return None
    if re.search(r"\bvariance\b|\bpvariance\b", request, re.I) and not re.search(
            r"\bdeviation\b|\bstd|\bsd\b|σ", request, re.I):
        return (f"population variance **{_fmt(statistics.pvariance(values))}** (dividing by n; "
                f"the sample variance, dividing by n − 1, is {_fmt(statistics.variance(values))})")
    return (f"population standard deviation **{_fmt(statistics.pstdev(values))}** (dividing by "
            f"n; the sample standard deviation, dividing by n − 1, is "
            f"{_fmt(statistics.stdev(values))})")


CHANGE = ci(r"\b(?:grow|grew|grown|growth|gain(?:ed)?|increas\w*|ris(?:e|en)|rose|climb\w*|"
            r"went\s+up|gone\s+up|go\s+up|jump\w*|drop\w*|fall|fell|fallen|declin\w*|"
            r"decreas\w*|went\s+down|gone\s+down|go\s+down|shr[ai]nk\w*|shrunk|lost|los[et]|"
            r"chang\w*|difference|moved?|improv\w*)\b")
ENDS = ci(r"\b(?:first|start\w*|beginning|begun|initial|earliest|oldest|opening)\b.*\b(?:last|"
          r"end\w*|final|latest|newest|most\s+recent|now|today|close|finish\w*)\b|\bsince\s+"
          r"(?:i|we|you|they|it)\s+(?:start\w*|began|begun)\b|\bsince\s+(?:week|day|month|year|"
          r"session|game|round|lap|reading)\s*(?:1|one)\b|\bsince\s+"
          r"(?:the\s+)?(?:start|beginning|first)\b|\b(?:over\s+(?:the\s+)?(?:whole\s+)?"
          r"(?:period|year|months?|weeks?|days?|series|file|data|time)|overall|net|in\s+total|"
          r"all\s+told|altogether)\b")
FROM_TO = ci(r"\bfrom\s+(?P<a>[\w' ]+?)\s+(?:to|until|till|through)\s+(?P<b>[\w' ]+?)\s*"
             r"(?:[?.,;!]|$)")


PERCENT_ASKED = ci(r"%|\bper\s?cent\w*\b|\bpercentage\b")


def first_to_last(values: list[float], request: str, labels: list[str]) -> str | None:
    """The change from the first value to the last (or between two named rows)."""
    if len(values) < 2 or not CHANGE.search(request) or len(STRETCH.findall(request)) > 1:
        return None  # "the first 7 against the last 7" compares stretches, not two values
    start, end = 0, len(values) - 1
    named = FROM_TO.search(request)
    if named is not None and len(labels) == len(values):
        lowered = [label.lower() for label in labels]
        a = _row(named.group("a"), lowered)
        b = _row(named.group("b"), lowered)
        if a is not None and b is not None and a != b:
            start, end = a, b
        elif not ENDS.search(request):
            return None
    elif not ENDS.search(request):
        return None
    first, last = values[start], values[end]
    change = last - first
    places = places_asked(request)
    mark = "**" if PERCENT_ASKED.search(request) else ""  # the percentage is the answer asked
    percent = f", {mark}{change / first * 100:+.{2 if places is None else places}f}%{mark}" \
        if first else ""
    where = f"{labels[start]} → {labels[end]}: " if len(labels) == len(values) else ""
    return (f"change from first to last: **{'+' if change > 0 else ''}{_fmt(change)}** "
            f"({where}{_fmt(first)} → {_fmt(last)}{percent})")


def _row(words: str, labels: list[str]) -> int | None:
    words = words.strip().lower()
    words = re.sub(r"^(?:the\s+)?", "", words)
    if re.fullmatch(r"(?:first|start|beginning)(?:\s+\w+)?(?:\s+one)?", words):
        return 0
    if re.fullmatch(r"(?:last|end|final|latest)(?:\s+\w+)?(?:\s+one)?", words):
        return len(labels) - 1
    hits = [i for i, label in enumerate(labels) if label and (
        label == words or (label.startswith(words) and len(words) >= 3))]
    return hits[0] if len(hits) == 1 else None


HIGH = (r"highest|largest|biggest|greatest|max\w*|most\s+expensive|dearest|priciest|"
        r"costliest|top|best|hottest|warmest|heaviest|longest|fastest|quickest|speediest|tallest|"
        r"oldest|most")
LOW = (r"lowest|smallest|least(?:\s+expensive)?|min\w*|cheapest|bottom|worst|coldest|coolest|"
       r"lightest|shortest|slowest|youngest|fewest")
GAP = ci(r"\b(?:gap|difference|spread|apart|distance|minus|range|between|vary|varies|"
         r"more\s+than|less\s+than|separat\w*)\b|\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:\w+er|more|less)\b"
         r".{0,60}?\bthan\b")


def asks_range(request: str) -> bool:
    """"the gap between the cheapest and the dearest", "how far apart are the highest and
    lowest", "max minus min"."""
    return bool(GAP.search(request) and re.search(rf"\b(?:{HIGH})\b", request, re.I)
                and re.search(rf"\b(?:{LOW})\b", request, re.I))


PAIR = re.compile(r"[(\[]\s*(-?\d+(?:\.\d+)?)\s*[,;/|]\s*(-?\d+(?:\.\d+)?)\s*[)\]]")
VERSUS = ci(r"(?P<a>[a-z][a-z ]{0,30}?)\s+(?:vs\.?|versus|against|and)\s+(?P<b>[a-z][a-z ]"
            r"{0,30}?)\s*(?:[:(,.;]|\bfor\b|\bin\b|\bof\b|\bfrom\b|$)")
FILLER = ci(r"^(?:the|my|our|a|an|here\s+(?:is|are)|data\s+(?:on|for)|plot|compare)\s+")


ARROW = re.compile(r"(?<![\w.])[$€£]?(-?\d+(?:\.\d+)?)\s*[^\d\s→;,>=-]{0,4}\s*(?:→|->|=>|⟶|—>)\s*"
                   r"[$€£]?\s*(-?\d+(?:\.\d+)?)")
KEYED = re.compile(r"\b(?P<w>[a-z]+)\s+(-?\d+(?:\.\d+)?)\s*[:=]\s*[$€£]?\s*(-?\d+(?:\.\d+)?)", re.I)


def pairs_in(text: str) -> dict[str, list[float]]:
    """Three or more "(x, y)" pairs ("8h → 67", "day 2: 8 cm") → two series named as the
    message names them."""
    chain = re.search(r"\d\s*(?:→|->|=>)\s*[$€£]?\s*-?\d+(?:\.\d+)?\s*[^\d\s→;,>=-]{0,4}\s*"
                      r"(?:→|->|=>)", text)  # "1093 -> 1087 -> 1248": one series, not pairs
    found = PAIR.search(text) or (None if chain else ARROW.search(text))
    pattern = PAIR if PAIR.search(text) else ARROW
    pairs = [(float(a), float(b)) for a, b in pattern.findall(text)]
    keyed = [m for m in KEYED.finditer(text)]
    if len(pairs) < 3 and len(keyed) >= 3 and len({m.group("w").lower() for m in keyed}) == 1:
        return {keyed[0].group("w").lower(): [float(m.group(2)) for m in keyed],
                "value": [float(m.group(3)) for m in keyed]}
    if len(pairs) < 3 or found is None:
        return {}
    head = text[:found.start()]
    first, second = "first", "second"
    if (named := VERSUS.search(head)) is not None:
        a = FILLER.sub("", named.group("a").strip().lower()).strip()
        b = named.group("b").strip().lower()
        if a and b and a != b and len(a.split()) <= 4 and len(b.split()) <= 4:
            first, second = a, b
    return {first: [a for a, _ in pairs], second: [b for _, b in pairs]}


def places_of(cells: list[str]) -> int | None:
    """The decimal places every cell shares ("12.50", "3.05" → 2), or None."""
    found = {len(m.group(1)) if (m := re.fullmatch(r"-?\d+\.(\d+)", c.strip())) else 0
             for c in cells if c.strip()}
    return found.pop() if len(found) == 1 else None


SUBSET = ci(r"\b(?:total|sum|spen[dt]|paid|pay|cost|average|mean|how\s+much|how\s+many)\b")


def for_label(values: list[float], request: str, labels: list[str],
              places: int | None) -> str | None:
    """"how much did I spend on lunch?": the figure of the rows whose name the request says."""
    if len(labels) != len(values) or not SUBSET.search(request) or CHANGE.search(request):
        return None
    asked = {label.lower() for label in labels if len(label) >= 3 and re.search(
        rf"\b{re.escape(label.lower())}s?\b", request.lower())}
    if not asked or len(asked) == len({label.lower() for label in labels}):
        return None
    rows = [v for v, label in zip(values, labels, strict=True) if label.lower() in asked]
    named = " and ".join(sorted(asked))
    if re.search(r"\b(?:average|mean)\b", request, re.I):
        return f"average for {named}: **{_fmt(statistics.fmean(rows))}** ({len(rows)} rows)"
    return f"total for {named}: **{total_of(rows, places)}** ({len(rows)} " \
           f"{'row' if len(rows) == 1 else 'rows'})"


CLOCK = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d))?(?![\d:])")


def durations_in(text: str) -> list[float] | None:
    """"25:30, 24:45, 26:10": three or more times written m:ss (or h:mm:ss), in seconds; None
    when the message lists no such times (or clock times of day: "9:30am")."""
    found = [m for m in CLOCK.finditer(text)
             if not re.match(r"\s*(?:am|pm|a\.m|p\.m|o'?clock|h\b)", text[m.end():], re.I)]
    if len(found) < 3:
        return None
    out = []
    for m in found:
        a, b, c, tenth = m.groups()
        seconds = (int(a) * 3600 + int(b) * 60 + int(c)) if c else (int(a) * 60 + int(b))
        out.append(seconds + (int(tenth) / 10 if tenth else 0))
    return out


def clock(seconds: float) -> str:
    """1507.5 → "25:07.5", 3725 → "1:02:05"."""
    whole = int(seconds)
    tenth = round((seconds - whole) * 10)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    shown = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return shown + (f".{tenth}" if tenth else "")


def describe_durations(values: list[float], request: str) -> str:
    """The summary of listed times, shown as times."""
    lines = [f"**times** (n = {len(values)}): mean **{clock(statistics.fmean(values))}**, median "
             f"**{clock(statistics.median(values))}**, fastest **{clock(min(values))}**, slowest "
             f"**{clock(max(values))}**, range {clock(max(values) - min(values))}"]
    if len(values) > 1 and re.search(r"\b(?:total|altogether|sum|combined)\b", request, re.I):
        lines.append(f"total **{clock(math.fsum(values))}**")
    if len(values) > 1:
        change = values[-1] - values[0]
        lines.append(f"from the first to the last: {'−' if change < 0 else '+'}"
                     f"{clock(abs(change))} ({'faster' if change < 0 else 'slower'})")
    return "\n".join(lines)


def csv_places(data: bytes) -> dict[str, int | None]:
    """Each CSV column's shared decimal places (money columns: 2)."""
    rows = csv_rows(data)
    if len(rows) < 2:
        return {}
    return {name.strip(): places_of([row[i] for row in rows[1:] if i < len(row)])
            for i, name in enumerate(rows[0])}


def total_of(values: list[float], places: int | None) -> str:
    """A total as the column writes money (two places); one place ("34.0") is shown plainly."""
    total = math.fsum(values)
    return f"{total:.{places}f}" if places and places >= 2 else _fmt(total)


__all__ = [
    "asks_range",
    "clock",
    "csv_places",
    "describe_durations",
    "deviation_kind",
    "durations_in",
    "first_to_last",
    "for_label",
    "numbers_in",
    "pairs_in",
    "passes_limit",
    "places_of",
    "spoken_hundreds",
    "threshold_count",
    "total_of",
]
