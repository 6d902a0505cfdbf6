"""Statistics and series told by their named values, worked out exactly.

- a z-score (standard score) from a value, the mean and the standard deviation, in any
  order: "z-score of 333 if the mean is 246 and the standard deviation is 30",
  "mean 70, sd 8: how many standard deviations above the mean is 86?";
- the sum to infinity of a geometric series from its first term and common ratio
  ("first term 25, ratio 1/5"), when the ratio is between -1 and 1.

The text is already expanded and lower-cased; each reader needs its named quantity.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found
from core.agents.patterns import plain as _n

NB = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*/\s*\d+)?"
Z_ASK = _c(r"\b(?:z\s*-?\s*scores?|z\s*-?\s*values?|standard(?:i[sz]ed)?\s+scores?|how\s+many\s+"
           r"standard\s+deviations)\b")
VALUE = _c(rf"\b(?:z\s*-?\s*score|standard\s+score|z\s*-?\s*value)\s+(?:of|for)\s+"
           rf"(?:a\s+(?:value|score)\s+of\s+)?({NB})|\b(?:value|score|mark|result|x)\s+(?:is\s+|of\s+|=\s*)?({NB})|"
           rf"\bis\s+({NB})\s*\?|({NB})\s+(?:is|lies?)\s+(?:above|below)")
MEAN = _c(rf"\b(?:mean|average|μ|mu)\s+(?:is\s+|of\s+|=\s*)?({NB})")
SD = _c(rf"\b(?:standard\s+deviation|sd|s\.d\.|std(?:\s+dev)?|σ|sigma)\s+(?:is\s+|of\s+|=\s*)?"
        rf"({NB})")
INFINITE = _c(r"\b(?:sum\s+to\s+infinity|infinite\s+sum|sum\s+of\s+(?:the\s+|an\s+)?infinite|"
              r"sum\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?terms\s+forever|infinite\s+geometric)")
FIRST = _c(rf"\b(?:first\s+term|a|starting\s+(?:value|term)|starts?\s+(?:at|with))\s*"
           rf"(?:is\s+|of\s+|=\s*)?({NB})")
RATIO = _c(rf"\b(?:common\s+)?ratio\s+(?:is\s+|of\s+|=\s*)?({NB})|\br\s*=\s*({NB})")

MARK = _c(r"(?<![\d./])(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d./])(?=\s+(?:on|in|for)\s+[a-z])|"
          r"\b(\d+(?:\.\d+)?)\s+out\s+of\s+(\d+(?:\.\d+)?)\b")
OVERALL = _c(r"\b(?:overall|combined|total|altogether|final)\b[^.?!]*?(?:percent(?:age)?|%|mark|"
             r"score|grade)|(?:percent(?:age)?|%|mark|score|grade)\s+(?:overall|altogether|in\s+"
             r"total|combined)\b")


def _z_score(text: str) -> Kind | None:
    if not Z_ASK.search(text) or (mean := MEAN.search(text)) is None:
        return None
    if (sd := SD.search(text)) is None or (value := VALUE.search(text)) is None:
        return None
    x = _n(next(g for g in value.groups() if g))
    if Fraction(_n(sd.group(1))) <= 0:
        return None
    score = f"(({x}) - ({_n(mean.group(1))}))/({_n(sd.group(1))})"
    return Kind("values", encode(("z-score", score, "")))


def _infinite(text: str) -> Kind | None:
    if not INFINITE.search(text) or (first := FIRST.search(text)) is None:
        return None
    if (ratio := RATIO.search(text)) is None:
        return None
    r = _n(ratio.group(1) or ratio.group(2)).replace(" ", "")
    if not -1 < Fraction(r) < 1:
        return Kind("values", encode(("sum to infinity", "text:none: the ratio must be between "
                                      "-1 and 1 for the series to converge", "")))
    return Kind("values", encode(("sum to infinity", f"({_n(first.group(1))})/(1 - ({r}))", "")))


def _overall(text: str) -> Kind | None:
    """Marks on several papers put together: "54/55 on paper 1 and 102/120 on paper 2,
    overall percentage?" is all the points over all the points possible."""
    if not OVERALL.search(text):
        return None
    marks = [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in MARK.finditer(text)]
    if len(marks) < 2 or any(Fraction(got) > Fraction(out) or Fraction(out) == 0
                             for got, out in marks):
        return None
    got = " + ".join(g for g, _ in marks)
    out = " + ".join(o for _, o in marks)
    return Kind("evaluate", f"100*({got})/({out})", unit="%")


def score_ask(text: str) -> Kind | None:
    """A z-score, a geometric series' sum to infinity or an overall mark, or None."""
    return first_found((_z_score, _infinite, _overall), text)
