"""Statistics asked of figures listed in the message, in words the general statistics cues
miss: "what % were over 55?", "percentage change first to last (Monday vs Sunday)", "what %
of the whole lot came from Saturday", "Population SD of these", "using a straight
least-squares line, what would you predict for …", "credit-weighted GPA", "the z-score of
Tuesday's reading", "compounded growth per month", "how far short of averaging 1500". They
are a data question only when the message lists the figures: four or more in a run, or three
or more each with a label.
"""

from __future__ import annotations

from core.agents.data_labels import labelled_values
from core.agents.data_lists import RUN
from core.agents.data_named import pairs_listed
from core.agents.patterns import ci
from core.tools.data import numbers_in

PCT = r"(?:%|per\s?cent(?:age)?)"
ASKS = ci(r"\b(?:least[-\s]squares?|best[-\s]?fit|regression|trend\s?line)\b|"
          r"\b(?:population|sample)\s+(?:sd|s\.d\.|standard\s+deviation)\b(?!\s+of\s+-?\d)|"
          r"\bsd\s+of\s+(?:these|them|those|the)\b|"
          rf"\b(?:what|which)\s+{PCT}\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?"
          r"(?:were|are|was|is|came|come|did|do|fell|fall|got|had|have|scored)\b|"
          rf"{PCT}\s+of\s+the\s+(?:whole|total|lot|sum|overall)\b|"
          rf"\b{PCT}\s+change\b|\bby\s+what\s+{PCT}\b|\bin\s+{PCT}\b|"
          r"\bz[-\s]?scores?\b|\bstandard\s+deviations?\s+(?:from|away|above|below)\b|"
          r"\b(?:credit|unit|hour)s?[-\s]weighted\b|\bweighted\s+(?:average|mean|gpa|grade)\b|"
          r"\bgpa\b|\bmoving\s+average\b|\brolling\s+average\b|"
          r"\bpercentile\b|\btrimmed\s+(?:mean|average)\b|\bmodes\b|\bco-?variance\b|"
          r"\brmse\b|\broot[\s-]+mean[\s-]+squared?[\s-]+error\b|\bmean\s+absolute\s+error\b|"
          r"\bcompound(?:ed|ing)?\b[^.?!]{0,40}\b(?:growth|rate|increase|change)\b|\bcagr\b|"
          r"\b(?:growth|increase|change)\b[^.?!]{0,30}\bcompound(?:ed|ing)?\b|"
          r"\bshort\s+of\s+(?:an?\s+)?averag\w*|\b(?:target|goal|aim)\b[^.?!]{0,30}\baverage\s+of\b|"
          rf"\b(?:first|start)\b[^.?!]{{0,40}}\b(?:last|end|finish)\b[^.?!]{{0,30}}{PCT}|"
          rf"{PCT}[^.?!]{{0,40}}\b(?:first|start)\b[^.?!]{{0,40}}\b(?:last|end|finish)\b")
# "regression line for x = 1, 2, 3 and y = 3, 5, 7": lists written as maths, which maths reads
XY_LISTS = ci(r"\b[xy]\s*=\s*-?\d+(?:\.\d+)?\s*,")


def asks_of_listed(text: str) -> bool:
    """True when the message lists figures and asks one of these statistics of them."""
    if not ASKS.search(text) or XY_LISTS.search(text):
        return False
    if any(len(numbers_in(m.group(0))) >= 4 for m in RUN.finditer(text)):
        return True
    if pairs_listed(text) is not None:  # "29.8 vs 29.9; 10.3 vs 10.4; …"
        return True
    return labelled_values(text) is not None


__all__ = ["asks_of_listed"]
