"""More figures asked of listed numbers, in the words people use.

- the mean leaving a value out ("ignore the 0", "not counting the 0", "excluding the zero",
  "leave out 120", "without the 0s");
- the mean to a number of decimal places ("to 1 decimal place", "to 1 dp", "rounded to one
  decimal", "to 2 d.p.");
- the average change per step, first to last ("on average how much did it change per
  month?", "average monthly change", "average change per week", "how much does it go up each
  month on average?");
- the percentage change from the first to the last value ("by what % did we grow from jan to
  jun?", "percentage increase over the period", "what's the % change?");
- a moving average ("3-day moving average", "rolling mean over 4 weeks") or a running total
  ("cumulative sum", "total so far");
- a figure of the first or last few values ("average of the last 3", "total of the first two").
"""

from __future__ import annotations

import statistics

from core.agents.data_asks import _fmt
from core.agents.data_groups import count_of, trimmed_mean
from core.agents.data_growth import STRETCH, growth_asks
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

NUMBER_WORDS = {"zero": 0.0, "zeros": 0.0, "zeroes": 0.0, "nil": 0.0, "nothing": 0.0}
LEAVE_OUT = ci(r"\b(?:ignor\w*|exclud\w*|excluding|not\s+counting|don'?t\s+count|leav\w*\s+out|"
               r"leaving\s+out|without|skip\w*|minus|drop(?:ping)?|disregard\w*|apart\s+from|"
               r"except(?:\s+for)?|other\s+than)\s+(?:the\s+|that\s+|those\s+|any\s+|all\s+"
               r"(?:the\s+)?)?(?P<v>-?\d+(?:\.\d+)?|zeroe?s?|nil)(?:'?s)?\b")
MEAN = ci(r"\b(?:average|avg|mean)\b")
PLACES = ci(r"\b(?:to|at|rounded\s+to|round(?:ed)?\s+(?:it\s+)?to|with)\s+(?P<n>\d|one|two|three|"
            r"a\s+single)\s*(?:decimal(?:\s+(?:places?|points?|digits?))?|dp\b|d\.p\.?|"
            r"dec(?:imal)?\.?\s*pl(?:aces?)?)")
PLACE_WORDS = {"one": 1, "a single": 1, "two": 2, "three": 3}
PERIOD = r"(?:step|day|week|month|year|quarter|reading|time|period|session|game|round|term)"
PER_STEP = ci(rf"\b(?:average|avg|mean|typical)\s+(?:{PERIOD[3:-1]})ly\s+(?:change|increase|"
              rf"decrease|growth|gain|rise|drop|fall|loss)\b|\b(?:average|avg|mean)\s+(?:change|"
              rf"increase|decrease|growth|gain|rise|drop|fall|loss)\s+(?:per|a|each|every)\s+"
              rf"{PERIOD}\b|\b(?:on\s+average|average|avg|typically)\b.{{0,60}}?\b(?:chang|grow|"
              rf"gain|ris|rose|increas|decreas|drop|fall|fell|los|went|go(?:es)?\s+(?:up|down)|"
              rf"mov)\w*.{{0,30}}?\b(?:per|a|each|every)\s+{PERIOD}s?\b|\b(?:per|a|each|every)\s+"
              rf"{PERIOD}\b.{{0,30}}?\bon\s+average\b")
PERCENT = ci(r"%|\bper\s?cent\w*\b|\bpercentage\b")
GROWTH = ci(r"\b(?:grow|grew|grown|growth|increas\w*|ris(?:e|en)|rose|climb\w*|went\s+up|gone\s+up|"
            r"drop\w*|fell|fall|declin\w*|decreas\w*|went\s+down|gone\s+down|chang\w*|shr[ai]nk\w*|"
            r"gain\w*|lost|los[et])\b")


FAULTY = ci(r"\b(?:the\s+)?(?P<v>-?\d+(?:\.\d+)?)\s+(?:is|was|looks\s+like|seems)\s+(?:just\s+)?"
            r"(?:an?\s+)?(?:glitch|error|typo|mistake|misread\w*|fault\w*|bogus|bad|wrong|"
            r"outlier|spurious|fluke|sensor\s+error|junk)\b")


def _left_out(values: list[float], request: str) -> str | None:
    found = LEAVE_OUT.search(request) or FAULTY.search(request)
    if found is None or not MEAN.search(request):
        return None
    said = found.group("v").lower()
    value = NUMBER_WORDS.get(said.rstrip("s") if said.startswith("zero") else said)
    if value is None:
        value = NUMBER_WORDS.get(said, None)
    if value is None:
        try:
            value = float(said)
        except ValueError:
            return None
    kept = [v for v in values if v != value]
    if not kept or len(kept) == len(values):
        return None
    return (f"average without the {_fmt(value)}: **{_fmt(statistics.fmean(kept))}** "
            f"({len(kept)} values)")


def _rounded(values: list[float], request: str) -> str | None:
    found = PLACES.search(request)
    if found is None or not MEAN.search(request) or not values:
        return None
    said = found.group("n").lower()
    places = int(said) if said.isdigit() else PLACE_WORDS.get(said, 0)
    if not 0 < places <= 4:
        return None
    return f"mean to {places} decimal place{'s' if places > 1 else ''} " \
           f"**{statistics.fmean(values):.{places}f}**"


def _per_step(values: list[float], request: str) -> str | None:
    if len(values) < 2 or not PER_STEP.search(request):
        return None
    steps = len(values) - 1
    change = (values[-1] - values[0]) / steps
    return (f"average change per step: **{'+' if change > 0 else ''}{_fmt(change)}** "
            f"(({_fmt(values[-1])} − {_fmt(values[0])}) / {steps} steps)")


def _percent_change(values: list[float], request: str) -> str | None:
    if len(values) < 2 or not values[0] or not PERCENT.search(request) or not GROWTH.search(
            request) or PER_STEP.search(request) or len(STRETCH.findall(request)) > 1:
        return None
    first, last = values[0], values[-1]
    percent = (last - first) / abs(first) * 100
    word = "growth" if percent >= 0 else "fall"
    asked = places_asked(request)
    places = 2 if asked is None else asked
    return (f"{word} from first to last: **{percent:+.{places}f}%** ({_fmt(first)} → "
            f"{_fmt(last)}; that is {abs(percent):.{places}f}% {'up' if percent >= 0 else 'down'})")


COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twelve": 12}
N = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
MOVING = ci(rf"\b{N}[-\s]?(?:day|week|month|year|point|period|value|reading|game|session)?s?"
            r"[-\s]?(?:moving|rolling|running|trailing)\s+(?:average|avg|mean)s?\b|\b(?:moving|"
            rf"rolling|running|trailing)\s+(?:average|avg|mean)s?\s+(?:over|of|across|for)\s+"
            rf"(?:the\s+|each\s+|every\s+)?{N.replace('<n>', '<m>')}\b")
CUMULATIVE = ci(r"\b(?:running|cumulative|cumulated|accumulated)\s+(?:total|sum)s?\b|"
                r"\b(?:total|sum)\s+so\s+far\b|\bcumulatively\b")
END_PART = ci(rf"\b(?:first|last|final|latest|past|most\s+recent|opening|top)\s+{N}\b")
SUM = ci(r"\b(?:total|sum|add(?:ed)?\s+up|altogether|combined)\b")


def _count(said: str) -> int:
    return int(said) if said.isdigit() else COUNT_WORDS.get(said.lower(), 0)


def _moving(values: list[float], request: str) -> str | None:
    """"3-day moving average": the mean of each window of n values in turn."""
    if (found := MOVING.search(request)) is not None:
        n = _count(found.group("n") or found.group("m"))
        if not 1 < n <= len(values):
            return None
        means = [statistics.fmean(values[i:i + n]) for i in range(len(values) - n + 1)]
        return f"{n}-point moving average: " + ", ".join(f"**{_fmt(m)}**" for m in means)
    if CUMULATIVE.search(request) and len(values) > 1:
        totals, total = [], 0.0
        for value in values:
            total += value
            totals.append(_fmt(total))
        return "running total: " + ", ".join(totals) + f" (**{totals[-1]}** in all)"
    return None


HALF = ci(r"\b(?P<w>first|second|1st|2nd|last|latter|earlier|later|opening|closing)\s+half\b")


def _half(values: list[float], request: str) -> str | None:
    """"the average over the second half of them": the first or last half of the values."""
    found = HALF.search(request)
    if found is None or len(values) < 2 or not (MEAN.search(request) or SUM.search(request)):
        return None
    n = len(values) // 2
    first = found.group("w").lower() in ("first", "1st", "earlier", "opening")
    part = values[:n] if first else values[len(values) - n:]
    which = "first" if first else "second"
    how, figure = ("average", statistics.fmean(part)) if MEAN.search(request) else (
        "total", sum(part))
    return f"{how} of the {which} half: **{_fmt(figure)}** ({', '.join(_fmt(v) for v in part)})"


def _end_part(values: list[float], request: str) -> str | None:
    """"the average of the last 3": a figure of the first or last few values only."""
    if (half := _half(values, request)) is not None:
        return half
    found = END_PART.search(request)
    if found is None or not (MEAN.search(request) or SUM.search(request)):
        return None
    n = _count(found.group("n"))
    if not 0 < n < len(values) or found.group(0).lower().startswith("top"):
        return None
    first = found.group(0).lower().startswith(("first", "opening"))
    part = values[:n] if first else values[-n:]
    which = "first" if first else "last"
    if MEAN.search(request):
        return f"average of the {which} {n}: **{_fmt(statistics.fmean(part))}** " \
               f"({', '.join(_fmt(v) for v in part)})"
    return f"total of the {which} {n}: **{_fmt(sum(part))}** ({', '.join(_fmt(v) for v in part)})"


def step_asks(values: list[float], request: str, percent_given: bool) -> list[str]:
    """The figures above that the request asks for; the percentage change only when no
    other line gives it already."""
    lines = [count_of(values, request), trimmed_mean(values, request), _left_out(values, request),
             _rounded(values, request), _per_step(values, request), _moving(values, request),
             _end_part(values, request)]
    if not percent_given:
        lines.append(_percent_change(values, request))
    return [line for line in lines if line] + growth_asks(values, request)


__all__ = ["step_asks"]
