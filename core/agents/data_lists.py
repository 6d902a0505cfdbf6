"""The listed numbers of a message: the one run of three or more numbers that is the data, not
the sizes and amounts said around it."""

from __future__ import annotations

import re

from core.tools.data import numbers_in

RUN = re.compile(r"(?<![\w.])[$€£]?[-+]?\d+(?:\.\d+)?(?:(?:\s*,\s*|\s*;\s*|\s+|\s*,?\s*and\s+)"
                 r"[$€£]?[-+]?\d+(?:\.\d+)?(?![\w.]*[A-Za-z])){2,}")
GLUED = re.compile(r"(?<=\d)(?:kg|kgs|g|km|mi|lbs?|ml|cm|mm|oz|kwh)\b", re.I)  # "2.09kg"


def main_list(text: str) -> list[float]:
    """The listed numbers of a message: "weighed 500 g bags: 500 528 498" → the list after
    the colon, not the 500 of the bags' size. When the message has one run of three or more
    numbers, that run is the data; otherwise every number is."""
    text = GLUED.sub("", text)
    values = numbers_in(text)
    runs = [numbers_in(m.group(0)) for m in RUN.finditer(text)]
    runs = [run for run in runs if len(run) >= 3]
    if len(runs) == 1 and len(runs[0]) < len(values):
        return runs[0]
    return values


__all__ = ["RUN", "main_list"]
