"""Questions about one or two rows named by their labels.

- the change between two named rows, in percent or as a difference ("by what percent did it
  change from Monday to Sunday?", "how much did it go up or down between Tue and Sat in
  percent?", "percentage change first to last (Monday vs Sunday)", "difference between March
  and May");
- one named row's share of the total ("what share of the total was Friday?", "what % of the
  whole lot came from 2026-05-18?");
- one named row's z-score ("the z-score of Thursday's reading, sample SD", "how many standard
  deviations from the mean is Friday?").

Labels are looked for in the question's own lines, so a table typed above it names nothing.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable

from core.agents.data_plot import short_figure as _plain
from core.agents.patterns import ci

PERCENT = ci(r"%|\bper\s?cent(?:age)?\b")
CHANGE = ci(r"\b(?:chang\w*|go(?:ne)?\s+(?:up|down)|went\s+(?:up|down)|ris[ei]\w*|rose|fall\w*|"
            r"fell|increas\w*|decreas\w*|grow\w*|grew|drop\w*|climb\w*|differ\w*|gain\w*|"
            r"los[st]\w*|jump\w*|vs\.?|versus|compared?|gap|higher|lower|more|less|bigger|"
            r"smaller)\b")
THAN = ci(r"\b(?:than|compared\s+(?:with|to)|vs\.?|versus|against)\b")
NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december")
SHARE = ci(r"\b(?:share|proportion|fraction|portion|part)\s+of\b|%\s*of\s+(?:the\s+)?"
           r"(?:total|whole|all|overall|sum)|\bper\s?cent(?:age)?\s+of\s+(?:the\s+)?"
           r"(?:total|whole|all|overall|sum)|\bof\s+the\s+(?:whole\s+lot|total|overall)\b|"
           r"\bwhat\s+(?:%|per\s?cent(?:age)?)\s+(?:of|did|does|came|comes|was|is)\b")


SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Za-z])|\n")


def question_text(request: str, asks: Callable[[str], object]) -> str:
    """The sentences (or lines) of the request that ask something, lower-cased: a table or a
    list of labelled figures before the question names no row."""
    sentences = [s for s in SENTENCE.split(request.lower()) if asks(s)]
    return " ".join(sentences) if sentences else request.lower()
ZSCORE = ci(r"\bz[-\s]?scores?\b|\bstandard\s+(?:score|deviations?)\s+(?:from|away|above|"
            r"below|off)\b|\b(?:sds?|sigmas?)\s+(?:from|away|above|below)\b")
POPULATION = ci(r"\bpopulation\b|\bdivid\w*\s+by\s+n\b(?!\s*[-−])")


def named(labels: list[str], request: str) -> list[int]:
    """The rows the question names, in the order it names them (one row per label)."""
    asked = question_text(request, lambda sentence: "?" in sentence or any(
        cue.search(sentence) for cue in (CHANGE, SHARE, PERCENT, ZSCORE)))
    found: dict[str, tuple[int, int]] = {}
    for index, label in enumerate(labels):
        key = label.strip().lower()
        if not key or key in found:
            continue
        words = [key] + [n for n in NAMES if len(key) >= 3 and n.startswith(key) and n != key]
        hit = next((h for w in words if (h := re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])",
                                                         asked)) is not None), None)
        if hit is not None:
            found[key] = (hit.start(), index)
    return [index for _, index in sorted(found.values())]


def between_rows(values: list[float], labels: list[str], request: str) -> list[str]:
    """Every answer the question asks of the one or two rows it names."""
    if len(labels) != len(values) or len(values) < 2:
        return []
    rows = named(labels, request)
    if len(rows) == 2 and CHANGE.search(request):
        (a, b), names = (values[rows[0]], values[rows[1]]), (labels[rows[0]], labels[rows[1]])
        if PERCENT.search(request) and a:
            change = (b - a) / abs(a) * 100
            word = "up" if change > 0 else "down" if change < 0 else "no change"
            return [f"from {names[0].strip()} to {names[1].strip()}: {_signed(change, '%')} "
                    f"({word}; {_plain(a)} → {_plain(b)})"]
        if THAN.search(request):  # "how much higher was Thursday than Monday?": A − B
            return [f"{names[0].strip()} against {names[1].strip()}: {_signed(a - b)} "
                    f"({_plain(a)} vs {_plain(b)})"]
        return [f"from {names[0].strip()} to {names[1].strip()}: {_signed(b - a)} "
                f"({_plain(a)} → {_plain(b)})"]
    if len(rows) == 1 and ZSCORE.search(request) and len(values) > 2:
        population = bool(POPULATION.search(request))
        sd = statistics.pstdev(values) if population else statistics.stdev(values)
        mean, value = statistics.fmean(values), values[rows[0]]
        if sd:
            return [f"z-score of {labels[rows[0]].strip()}: {_signed((value - mean) / sd)} "
                    f"(({_plain(value)} − {_plain(mean)}) ÷ {_plain(sd)}, the "
                    f"{'population' if population else 'sample'} standard deviation)"]
    if len(rows) == 1 and SHARE.search(request):
        total = math.fsum(values)
        if total:
            value = values[rows[0]]
            return [f"{labels[rows[0]].strip()}: **{_plain(value / total * 100)}%** of the "
                    f"total ({_plain(value)} of {_plain(total)})"]
    return []


def _signed(value: float, unit: str = "") -> str:
    """A signed figure in bold, its sign outside ("+**25%**", "−**1.41**"), so the figure
    itself can be rounded as asked."""
    return ("+" if value > 0 else "−" if value < 0 else "") + f"**{_plain(abs(value))}{unit}**"


__all__ = ["between_rows", "named"]
