"""Numbers typed with a name each ("Mon 120, Tue 140, Wed 90", "Jan: 3.2; Feb: 4.1; Mar: 2.8",
"Ann 82, Ben 75 and Cy 91"), read as rows: the value and the label that names it, so a
question about a row ("which day was quietest?", "the change from Tue to Fri", "total for
Ann") is answered with the label. A table pasted in the message ("Monday | 119") names its
rows by its first column of words."""

from __future__ import annotations

import re

from core.agents.data_paste import table_lines
from core.tools.data import labels_in_csv

WORD = r"[A-Za-z][A-Za-z0-9'.]*"
INDEX = r"(?:\s+#?\d{1,4}(?![\d.,])(?=(?:\s*[:=–-]\s*|\s+)[$€£]?\s*-?\d))?"  # "Week 3 45.2"
ITEM = re.compile(rf"(?P<l>{WORD}(?:\s+{WORD}){{0,2}}?{INDEX})\s*[:=–-]?\s*[$€£]?\s*"
                  r"(?P<v>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d.,]\d)"
                  r"(?:\s*(?:%|(?!and\b|or\b)[a-z]{1,5}\b(?!\s*\d)))?")
GAP = re.compile(r"\s*(?:[,;\n]\s*)?(?:\band\b)?\s*", re.I)
FILLER = frozenset("and on in at the was were is are of for my our a an".split())


def labelled_values(text: str) -> tuple[list[str], list[float]] | None:
    """The longest run of three or more "label value" items, or None."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for found in ITEM.finditer(text):
        if run and GAP.fullmatch(text[run[-1].end():found.start()]) is None:
            best = run if len(run) > len(best) else best
            run = []
        run.append(found)
    best = run if len(run) > len(best) else best
    if len(best) < 3:
        return None
    labels = [_label(m.group("l")) for m in best]
    width = max(len(label.split()) for label in labels[1:])
    labels[0] = " ".join(labels[0].split()[-width:])  # "visitors mon" → "mon"
    if any(not label for label in labels) or len(set(labels)) < 2:
        return None
    values = [float(m.group("v").replace(",", "")) for m in best]
    return labels, values


VALUE_FIRST = re.compile(r"(?<![\w.])[$€£]?\s*(?P<v>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*"
                         r"(?:%|[a-zA-Z]{1,8}\.?)?\s+(?:on|in|at|for|during)\s+(?:the\s+)?"
                         r"(?P<l>[A-Za-z0-9][\w-]*(?:\s+\d{1,4}(?:st|nd|rd|th)?)?)(?![\w-])")
VALUE_GAP = re.compile(r"\s*(?:,|;)?\s*(?:\band\b)?\s*", re.I)


def values_labelled(text: str) -> tuple[list[str], list[float], int] | None:
    """The longest run of three or more "value on label" items ("32 min on Jun 2, 18 min on
    Jun 3 and 21 min on Jun 4", "$7435 in Dec 2025, $7492 in Jan 2026, …"): labels, values
    and where the run starts; None when there is none."""
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for found in VALUE_FIRST.finditer(text):
        if run and VALUE_GAP.fullmatch(text[run[-1].end():found.start()]) is None:
            best = run if len(run) > len(best) else best
            run = []
        run.append(found)
    best = run if len(run) > len(best) else best
    labels = [m.group("l") for m in best]
    if len(best) < 3 or len(set(labels)) < len(labels):
        return None
    return labels, [float(m.group("v").replace(",", "")) for m in best], best[0].start()


def _label(raw: str) -> str:
    words = [w for w in raw.split() if w.lower() not in FILLER]
    return " ".join(words).strip(" .'")


__all__ = ["labelled_values", "values_labelled"]


def named_rows(series: dict[str, list[float]], request: str) -> list[str] | None:
    """The labels of the one series read from the message: numbers typed with a name each, or
    the words column of a pasted table."""
    if len(series) != 1:
        return None
    values = next(iter(series.values()))
    found = labelled_values(request)
    if found is not None and found[1] == values:
        return found[0]
    prose = values_labelled(request)
    if prose is not None and prose[1] == values:
        return prose[0]
    lines = table_lines(request)
    labels = labels_in_csv(lines.encode()) if lines else []
    return labels if labels and len(labels) == len(values) else None
