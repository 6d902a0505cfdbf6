"""Values put into an expression or an equation, and facts read off a written function.

- an expression worked out at given values: "if a = -2 and b = 3, what is 5a^2 - 5ab + b^2?",
  "evaluate 3xy - y^2 when x = 2, y = -1";
- an equation in two unknowns with one of them given: "y = 6x + 18. if y is 15, what's x?",
  "for 2a + 3b = 20, find b when a = 4";
- the slope of a line perpendicular (or parallel) to a written line: "slope of a line
  perpendicular to y = -6x + 5";
- where a square root or a logarithm is defined: "domain of f(x) = sqrt(x - 19)".

A clause that only gives values ("if a = -2 and b = 3") asks nothing by itself
(:func:`values_only`), so it stays with the question that uses them. The text is already
expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.patterns import ASKED, first_found, substitute
from core.agents.patterns import ci as _c

NUM = r"-?\d+(?:\.\d+)?(?:/\d+)?"
GIVEN = rf"(?<![a-z])([a-z])\s*(?:=|\bis\b|\bequals\b)\s*({NUM})(?!\w|\.\d|\s*[-+*/^(])"
GIVEN_RE = _c(GIVEN)
LEAD = r"(?:if|when|where|given(?:\s+that)?|let|suppose|for|with|and|at)"
VALUES_ONLY = _c(rf"^\s*{LEAD}\s+{GIVEN}(?:\s*(?:,|and|&)\s*{GIVEN})*\s*[,.;]?\s*$")
MATHS = r"[a-z0-9\s+\-*/^().²³]"
ASK_EXPRESSION = _c(rf"\b(?:what\s+is|evaluate|find|work\s+out|calculate|compute|value\s+of)\s+"
                    rf"(?:the\s+value\s+of\s+)?({MATHS}*?[a-z]{MATHS}*?)\s*(?:\?|$|\s+(?:when|if|"
                    rf"where|for|given|with|at)\b|,)")
EQUATION = _c(rf"(?<![\w=])({MATHS}+?)\s*=\s*({MATHS}+?)"
              rf"(?=\s*(?:[.,;?]|$|\s+(?:if|when|where|find|what|given)\b))")
ASKED_VAR = _c(r"\b(?:what\s+is|find|solve\s+for|value\s+of|what\s+does|then)\s+([a-z])\s*"
               r"(?:\?|$|[.,]|\s+(?:equal|come|be|when|if)\b)")
FUNCTIONS = frozenset("sqrt cbrt sin cos tan exp log ln abs".split())
LINE = _c(r"\b(perpendicular|normal|parallel)\s+to\s+(?:the\s+line\s+)?y\s*=\s*(\(?\s*-?\s*\d*"
          r"(?:\.\d+)?\s*(?:/\s*\d+)?\s*\)?|-)\s*\*?\s*x\b")
SLOPE_ASK = _c(r"\b(?:slope|gradient)\b")
DOMAIN = _c(r"\bdomain\b[^.?!]*?\b(sqrt|√|log|ln)\s*\(\s*([^()]*x[^()]*)\s*\)")
ASK = _c(ASKED + r"|\bdomain\b|\bslope\b|\bgradient\b")


def values_only(text: str) -> bool:
    """True for a clause that only gives values: "if a = -2 and b = 3"."""
    return VALUES_ONLY.match(text) is not None


def _split_letters(expression: str) -> str:
    """"5ab" → "5a*b": adjacent unknowns are multiplied (names of functions stay)."""
    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word in FUNCTIONS else "*".join(word)
    return re.sub(r"[a-z]{2,}", split, expression)


def _put(expression: str, values: dict[str, str]) -> str:
    expression = _split_letters(expression.replace("²", "^2").replace("³", "^3"))
    for letter, value in values.items():
        expression = substitute(expression, letter, value)
    return re.sub(r"(?<=[\d)])\s*(?=\()", "*", expression)


def _given(text: str, skip: tuple[int, int]) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in GIVEN_RE.finditer(text)
            if not skip[0] <= m.start() < skip[1]}


def _evaluate_at(text: str) -> Kind | None:
    if (asked := ASK_EXPRESSION.search(text)) is None:
        return None
    expression = asked.group(1).strip()
    if not re.search(r"[-+*/^²³]|\d[a-z]|[a-z]{2}", expression):
        return None
    values = _given(text, asked.span(1))
    letters = set(re.findall(r"[a-z]", re.sub(r"[a-z]{3,}", "", _split_letters(expression))))
    if not values or not letters or not letters <= set(values):
        return None
    return Kind("evaluate", _put(expression, values))


def _solve_at(text: str) -> Kind | None:
    if (asked := ASKED_VAR.search(text)) is None or (eq := EQUATION.search(text)) is None:
        return None
    variable = asked.group(1)
    values = _given(text, eq.span())
    values.pop(variable, None)
    left = re.sub(r"^(?:[a-z]{2,}\s+)+", "", eq.group(1).strip())
    right = re.sub(r"(?:\s+[a-z]{2,})+$", "", eq.group(2).strip())
    letters = set(re.findall(r"[a-z]", _split_letters(f"{left} {right}")))
    if not values or variable not in letters or not letters - {variable} <= set(values):
        return None
    if letters - {variable} == set() or not set(values) & letters:
        return None
    return Kind("solve", f"{_put(left, values)} = {_put(right, values)}", variable=variable)


def _perpendicular(text: str) -> Kind | None:
    if (m := LINE.search(text)) is None or not SLOPE_ASK.search(text):
        return None
    slope = re.sub(r"\s+", "", m.group(2))
    slope = {"": "1", "-": "-1"}.get(slope, slope)
    if m.group(1) == "parallel":
        return Kind("evaluate", slope, named="slope")
    if re.fullmatch(r"\(?-?0(?:\.0+)?\)?", slope):
        return None
    return Kind("evaluate", f"-1/({slope})", named="slope")


def _domain(text: str) -> Kind | None:
    if (m := DOMAIN.search(text)) is None:
        return None
    inside = _split_letters(m.group(2).strip())
    relation = ">=" if m.group(1) in ("sqrt", "√") else ">"
    return Kind("solve", f"{inside} {relation} 0", variable="x")


RATE = _c(rf"\baverage\s+(?:rate\s+of\s+change|slope|gradient)\s+of\s+(?:(?:f|g|h|y)\s*"
          rf"(?:\(\s*x\s*\))?\s*=\s*)?({MATHS}+?)\s+(?:from|between|on|over)\s+(?:x\s*=\s*)?({NUM})\s*(?:to|and)\s*"
          rf"(?:x\s*=\s*)?({NUM})(?![\d.])")


def average_rate(text: str) -> Kind | None:
    """"average rate of change of f(x) = 2x^2 - 4x from x = 1 to x = 6" → (f(6) − f(1)) ÷ 5."""
    if (m := RATE.search(text)) is None or m.group(2) == m.group(3):
        return None
    curve = m.group(1).strip()
    high, low = (_put(curve, {"x": m.group(k)}) for k in (3, 2))
    return Kind("evaluate", f"(({high}) - ({low}))/(({m.group(3)}) - ({m.group(2)}))",
                named="average rate of change")


READERS = (_perpendicular, _domain, average_rate, _evaluate_at, _solve_at)


def plugged(text: str) -> Kind | None:
    """The value or unknown a question with given values asks for, or None."""
    if "=" not in text and " is " not in text and "domain" not in text:
        return None
    return first_found(READERS, text) if ASK.search(text) else None
