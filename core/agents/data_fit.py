"""The straight line that best fits two series (least squares), in the words people use:
"line of best fit", "regression line", "linear regression of score on hours", "trend line
through these points", "best-fit slope", and a value it predicts ("what would it predict for
10 hours?", "estimate y when x = 7").
"""

from __future__ import annotations

import re
import statistics

from core.agents.patterns import ci

FIT = ci(r"\b(?:line\s+of\s+best\s+fit|best[-\s]?fit|regression|regress\w*|least[-\s]squares|"
         r"linear\s+(?:fit|model|trend|relationship)|trend\s?line|fitted\s+line|slope\s+and\s+"
         r"intercept|intercept)\b")
PREDICT = ci(r"\b(?:predict\w*|estimat\w*|expect\w*|forecast\w*|project\w*)\b[^?.]*?"
             r"(?:\b(?:x|for|at|when|with|if)\b(?:\s+[a-z][\w-]*){0,4}?\s*(?:=|is|of)?\s*)"
             r"(?P<x>-?\d+(?:\.\d+)?)")


def _fmt(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 1 else \
        f"{value:.2f}".rstrip("0").rstrip(".")


def best_fit(series: dict[str, list[float]], request: str) -> str | None:
    """y = a·x + b through the first two series (x first), with a predicted value if asked."""
    if not FIT.search(request) or len(series) < 2:
        return None
    (x_name, xs), (y_name, ys) = list(series.items())[:2]
    if _said_first_is_y(x_name, y_name, request) or _predicted_is(x_name, y_name, request):
        (x_name, xs), (y_name, ys) = (y_name, ys), (x_name, xs)  # "spend against visitors"
    if len(xs) != len(ys) or len(xs) < 2 or len(set(xs)) < 2:
        return None
    slope, intercept = statistics.linear_regression(xs, ys)
    sign = "−" if intercept < 0 else "+"
    line = (f"line of best fit ({y_name} on {x_name}): **y = {_fmt(slope)}x {sign} "
            f"{_fmt(abs(intercept))}** (slope **{_fmt(slope)}**{_two(slope)}, intercept "
            f"**{_fmt(intercept)}**, least squares over {len(xs)} points)")
    if (asked := PREDICT.search(request)) is not None:
        x = float(asked.group("x"))
        line += f"; at x = {_fmt(x)} it predicts **{_fmt(slope * x + intercept)}**"
    return line


def _two(value: float) -> str:
    """A small slope also to two places ("0.5179" is "≈ 0.52")."""
    return f" ≈ {value:.2f}" if abs(value) < 1 and f"{value:.2f}" != _fmt(value) else ""


AGAINST = ci(r"(?P<a>[a-z_]+)\s+(?:against|vs\.?|versus|on|from|as\s+a\s+function\s+of|"
             r"in\s+terms\s+of)\s+(?:the\s+)?(?P<b>[a-z_]+)")


def _names(word: str, name: str) -> bool:
    stem = word.lower().rstrip("s")
    words = re.split(r"[\s_]+", name.lower())
    return word.lower() == name.lower() or (
        len(stem) >= 3 and any(w.startswith(stem) for w in words))


def _said_first_is_y(first: str, second: str, request: str) -> bool:
    """True when the request names the second series as the one the first depends on."""
    return any(_names(m.group("a"), first) and _names(m.group("b"), second)
               for m in AGAINST.finditer(request))


PREDICTED = ci(r"\b(?:predict\w*|estimat\w*|forecast\w*|expect\w*)\s+(?:the\s+|my\s+)?"
               r"(?P<y>[a-z][\w]*)\b[^?.]{0,30}?\b(?:when|if|at|for|with|given)\s+(?:the\s+|my\s+|an?\s+)?"
               r"(?P<x>[a-z][\w]*)\b")


def _predicted_is(first: str, second: str, request: str) -> bool:
    """True when "predict price when age is 10" names the first series as the one predicted."""
    found = PREDICTED.search(request)
    return found is not None and _names(found.group("y"), first) and _names(
        found.group("x"), second)


__all__ = ["best_fit"]
