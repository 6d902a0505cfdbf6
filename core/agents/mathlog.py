"""What a logarithm without a written base means in a chat.

"log 1000" or "what's log(0.01)" asks for the common (base-10) logarithm, as on a
calculator; "ln 20" and "natural log of 10" are natural logarithms, and so is ``log(x)`` in
calculus, where the argument has an unknown. A base written as a subscript ("log_2 8",
"log2(8)", "log₂ 32", "log_{10}(1000)") is read as ``log(8, 2)``. The base used is shown in
the basis (``log10(1000)``).
"""

from __future__ import annotations

import re

from core.agents.patterns import ci

SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
BASED = ci(r"\blog(?:arithm)?(?:\s*(?:_|\bbase\b|\bto\s+(?:the\s+)?base\b)\s*\{?\s*(\d+)\s*\}?\s*|"
           r"(\d+)(?=\s*\(|\s+\d|\s+of\s+\d))\s*(?:of\s+)?(?:\(\s*([^()]+?)\s*\)|\s*"
           r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?))")
BASE_AFTER = ci(r"\blog(?:arithm)?\s+(?:of\s+)?(\d+(?:\.\d+)?)\s+(?:in|to|with|using)\s+(?:the\s+)?"
                r"base\s+(\d+)\b")
IS = r"\s*(?:=|is|equals|is\s+equal\s+to|comes\s+to|gives)\s*(-?\d+(?:\.\d+)?)(?!\d|\.\d)"
UNKNOWN = r"\s*(?:of\s+)?\(?\s*((?![e])[a-z])\s*\)?"
INSIDE = r"\s*(?:of\s+)?\(\s*([^()=]*?[a-z][^()=]*?)\s*\)"  # "(x + 4)", "(2x - 1)"
LOG_EQUATIONS = (  # "log base 6 of x is 2" → "x = 6^(2)"; "ln x = 3" → "x = e^(3)"
    (ci(r"\blog(?:arithm)?\s*(?:(?:to\s+)?(?:the\s+)?base\s*|_\s*\{?\s*)(\d+)\s*\}?" + INSIDE
        + IS), r"\2 = \1^(\3)"),  # "log_3(x + 4) = 2" → "x + 4 = 3^(2)"
    (ci(r"\b(?:ln|natural\s+log(?:arithm)?)" + INSIDE + IS), r"\1 = e^(\2)"),
    (ci(r"\blog(?:arithm)?\s*(?:(?:to\s+)?(?:the\s+)?base\s*|_\s*\{?\s*)?(\d+)\s*\}?"
        + UNKNOWN + IS),
     r"\2 = \1^(\3)"),
    (ci(r"\blog(?:arithm)?\s+of\s+((?![e])[a-z])\s+(?:to|in|with)\s+(?:the\s+)?base\s+(\d+)"
        + IS),
     r"\1 = \2^(\3)"),
    (ci(r"\b(?:ln|natural\s+log(?:arithm)?)" + UNKNOWN + IS), r"\1 = e^(\2)"),
    (ci(r"\blog(?:arithm)?(?!\s*\d)" + UNKNOWN + IS), r"\1 = 10^(\2)"),
)
NAMES = ci(r"\b(?:pi|e|ans|sqrt|cbrt|sin|cos|tan|exp|abs|ln|log(?:10|2)?|factorial)\b")


def based_logs(text: str) -> str:
    """"log_2 8", "log2(8)", "log₂ 32" → "log(8, 2)"; "log10(1000)" → "log(1000, 10)"; an
    unknown's logarithm given ("log base 3 of x is 4") → the unknown as a power (x = 3^(4))."""
    for pattern, power in LOG_EQUATIONS:
        text = pattern.sub(power, text)
    text = re.sub(r"log\s*([₀-₉]+)", lambda m: "log_" + m.group(1).translate(SUBSCRIPTS), text)
    text = BASE_AFTER.sub(r"log(\1, \2)", text)  # "the log of 8 in base 2"
    return BASED.sub(lambda m: f"log({m.group(3) or m.group(4).replace(',', '')}, "
                               f"{m.group(1) or m.group(2)})", text)


def common_logs(expression: str) -> str:
    """Each ``log(…)`` of a plain number (one argument, no unknown) → ``log10(…)``."""
    out: list[str] = []
    index = 0
    for match in re.finditer(r"(?<![a-z])log\(", expression):
        start = match.end()
        end = _closing(expression, start)
        if end < 0 or match.start() < index:
            continue
        argument = expression[start:end]
        if _numeric(argument) and not _top_level_comma(argument):
            out.append(expression[index:match.start()] + "log10(")
            index = start
    return "".join(out) + expression[index:]


def _closing(text: str, start: int) -> int:
    depth = 1
    for position in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[position], 0)
        if depth == 0:
            return position
    return -1


def _numeric(argument: str) -> bool:
    bare = NAMES.sub("", argument)
    return bool(re.search(r"\d|\bANS\b", argument)) and not re.search(r"[a-z]", bare, re.I)


def _top_level_comma(argument: str) -> bool:
    depth = 0
    for ch in argument:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            return True
    return False
