"""Calculations written out but asked in words the general reader misses.

- factorials in a quotient or product: "simplify 18!/15! to a number", "what's 10!/(4! 6!)?";
- the sum of a series that goes on forever: "16 + 8 + 4 + 2 + ... to infinity";
- one number divided by another, decimals and all: "what's 30.75 divided by 0.25?";
- a double inequality: "solve -4 < 5x - 4 < 26" → "0 < x < 6";
- when a height h = f(t) reaches the ground: "h = -5t^2 + 10t + 15, when does it land?".

The text is already expanded and lower-cased; every reader needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from core.agents.mathkinds import Kind
from core.agents.mathnamed import polynomial
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c

ASK = _c(ASKED + r"|\b(?:simplify|evaluate|work\s+out)\b")
FACTORIALS = re.compile(r"[\d!()\s*/×÷+\-]*\d+\s*![\d!()\s*/×÷+\-]*")
FOREVER = _c(r"\b(?:forever|for\s+ever|infinity|infinite(?:ly)?|to\s+infinity|never\s+ends|"
             r"without\s+end|endless\w*|keeps?\s+going|goes\s+on)\b|∞")
SERIES = re.compile(r"(-?\d+(?:\.\d+)?(?:/\d+)?(?:\s*\+\s*-?\d+(?:\.\d+)?(?:/\d+)?){2,})\s*\+\s*"
                    r"(?:\.\.\.|…|\.\s*\.\s*\.)")
DIVIDED = _c(r"^\W*(?:what\s+is|what's|whats|calculate|compute|work\s+out|find)\s+"
             r"(-?\d+(?:\.\d+)?)\s+divided\s+by\s+(-?\d+(?:\.\d+)?)\s*\??\s*$")
DOUBLE = re.compile(r"(-?\d+(?:\.\d+)?)\s*(<=|≤|<)\s*([^<>=≤≥]*?[a-z][^<>=≤≥]*?)\s*(<=|≤|<)\s*"
                    r"(-?\d+(?:\.\d+)?)(?![\d.])")
DOUBLE_DOWN = re.compile(r"(-?\d+(?:\.\d+)?)\s*(>=|≥|>)\s*([^<>=≤≥]*?[a-z][^<>=≤≥]*?)\s*(>=|≥|>)\s*"
                         r"(-?\d+(?:\.\d+)?)(?![\d.])")
REMAINDER = _c(r"\b(\d+)\s*(?:divided\s+by|÷|/)\s*(\d+)(?!\d|[.,/]\d)[^\d=]{0,60}?\bremainders?\b|"
               r"\b(?:quotient|whole\s+number)\s+(?:and|&|with)\s+(?:the\s+|a\s+)?remainders?\b[^\d=]{0,30}?"
               r"\b(\d+)\s*(?:divided\s+by|÷|/)\s*(\d+)(?!\d|[.,/]\d)")
SIGN_ASK = _c(r"\b(?:for\s+)?(?:which|what)\s+(?:values?\s+of\s+)?([a-z])\s+(?:values?\s+)?"
              r"(?:is|are|will|does|do)\s+"
              r"(?:the\s+(?:expression|function|quadratic|polynomial)\s+)?(.+?)\s+(?:be\s+)?(negative|positive|"
              r"below\s+zero|above\s+zero|less\s+than\s+(?:zero|0)|greater\s+than\s+(?:zero|0)|"
              r"at\s+least\s+(?:zero|0)|at\s+most\s+(?:zero|0))\b")
GROUND = _c(r"\b(?:hits?|hitting|reach(?:es)?|touch(?:es)?|lands?|landing|strikes?)\s+(?:on\s+)?"
            r"(?:the\s+)?(?:ground|floor|water|sea)\b|\bland(?:s|ing)?\b|\bhit\s+the\s+ground\b|"
            r"\b(?:height|h)\s+(?:is\s+|be\s+|becomes?\s+)?(?:zero|0)\b")
HEIGHT = re.compile(r"\b([hy])\s*(?:\(\s*([a-z])\s*\))?\s*=\s*([-+\d.\s*^a-z()]+?)(?=\s*(?:metres|"
                    r"meters|m\b|feet|ft\b|,|\.\s|\.$|;|\bwhen\b|\bwhere\b|$))")


FACTORIAL_ASK = _c(r"\b(?:simplify|evaluate|work\s+out|what\s+is|what's|calculate|compute|find)\b")


def _factorials(text: str) -> Kind | None:
    if "!" not in text or not FACTORIAL_ASK.search(text):
        return None
    found = max((m.group(0).strip(" *+-/×÷") for m in FACTORIALS.finditer(text)), key=len,
                default="")  # "what's 9! - and if that were minutes…": no dangling minus
    if not found or found.count("(") != found.count(")"):
        return None
    expression = re.sub(r"(\d+)\s*!", r"factorial(\1)", found)
    expression = re.sub(r"\)\s*(?=factorial|\()", ")*", expression.replace("×", "*").replace(
        "÷", "/"))
    if re.search(r"\d\s+\d", expression):
        return None
    return Kind("evaluate", expression)


def _forever(text: str) -> Kind | None:
    if (found := SERIES.search(text)) is None or not FOREVER.search(text) or not (
            ASK.search(text) or re.match(r"^\W*(?:the\s+)?sum\b", text)):
        return None
    terms = [Fraction(t.replace(" ", "")) for t in found.group(1).split("+")]
    if terms[0] == 0:
        return None
    ratios = {b / a for a, b in pairwise(terms) if a}
    if len(ratios) != 1:
        return None
    ratio = ratios.pop()
    if abs(ratio) >= 1:
        return Kind("values", encode(("sum", "text:no finite sum: the terms do not shrink", "")))
    return Kind("evaluate", f"({terms[0]})/(1 - ({ratio}))", named="sum to infinity")


def _divided(text: str) -> Kind | None:
    if (found := DIVIDED.search(text)) is None or Fraction(found.group(2)) == 0:
        return None
    return Kind("evaluate", f"({found.group(1)}) / ({found.group(2)})")


def _double(text: str) -> Kind | None:
    found = DOUBLE.search(text) or DOUBLE_DOWN.search(text)
    if found is None:
        return None
    middle = found.group(3).replace("*", "").replace(" ", "")
    letters = set(re.findall(r"[a-z]", middle))
    if len(letters) != 1 or (terms := polynomial(middle, next(iter(letters)))) is None or (
            set(terms) - {0, 1}) or not terms.get(1):
        return None
    name, a, b = next(iter(letters)), terms[1], terms.get(0, Fraction(0))
    low, high = (Fraction(found.group(1)) - b) / a, (Fraction(found.group(5)) - b) / a
    signs = [found.group(2), found.group(4)]
    if found.re is DOUBLE_DOWN:  # "26 > 5x - 4 > -4" is "-4 < 5x - 4 < 26"
        low, high, signs = high, low, [s.replace(">", "<").replace("≥", "≤") for s in signs[::-1]]
    if a < 0:
        low, high, signs = high, low, signs[::-1]
    shown = [s.replace("<=", "≤") for s in signs]
    text_ = f"{low} {shown[0]} {name} {shown[1]} {high}"
    return Kind("values", encode(("solution", f"text:{text_}", "")))


def _lands(text: str) -> Kind | None:
    if not GROUND.search(text) or (found := HEIGHT.search(text)) is None:
        return None
    variable = found.group(2) or next((v for v in "tx" if re.search(rf"(?<![a-z]){v}(?![a-z])",
                                                                      found.group(3))), "")
    if not variable:
        return None
    curve = found.group(3).strip()
    terms = polynomial(curve.replace(" ", "").replace("*", ""), variable)
    if terms is None or set(terms) - {0, 1, 2} or not terms.get(2):
        return Kind("solve", f"{curve} = 0", variable=variable)
    a, b, c = terms[2], terms.get(1, Fraction(0)), terms.get(0, Fraction(0))
    if b * b - 4 * a * c < 0:
        return None
    root = f"sqrt({b * b - 4 * a * c})"
    later = f"(-({b}) - {root})/(2*({a}))" if a < 0 else f"(-({b}) + {root})/(2*({a}))"
    unit = "s" if re.search(r"\bseconds?\b|\bsecs?\b|\bs\b", text) or variable == "t" else ""
    return Kind("values", encode((f"{variable} =", later, unit)))  # when it comes down, after 0


def _remainder(text: str) -> Kind | None:
    if (found := REMAINDER.search(text)) is None:
        return None
    big, small = (found.group(1), found.group(2)) if found.group(1) else (found.group(3),
                                                                          found.group(4))
    if int(small) == 0:
        return None
    return Kind("values", encode(("quotient", f"floor({big}/{small})", ""),
                                 ("remainder", f"{big} - {small}*floor({big}/{small})", "")))


def _sign(text: str) -> Kind | None:
    if (found := SIGN_ASK.search(text)) is None or found.group(1) not in found.group(2):
        return None
    word = found.group(3)
    relation = "<" if word.startswith(("neg", "below", "less")) else ">" if word.startswith((
        "pos", "above", "greater")) else ">=" if "least" in word else "<="
    return Kind("solve", f"{found.group(2).strip()} {relation} 0", variable=found.group(1))


READERS = (_double, _divided, _remainder, _factorials, _forever, _lands, _sign)


def written(text: str) -> Kind | None:
    """The written calculation ``text`` asks in words, or None."""
    return first_found(READERS, text)
