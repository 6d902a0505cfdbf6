"""A formula the message states, evaluated with the numbers it gives: "Brzycki 1RM: weight ×
36 / (37 − reps). I squatted 370 lb for 2", "Ponderal index = kg / m³. 118 kg, 193 cm",
"using VO2max = (distance in m − 504.9) / 44.73", "BMI is weight divided by height squared".

Each variable is bound to one number the message gives for it: by name ("mum 153 cm"), by
the unit it names ("kg", "distance in m": converted), by what it measures ("weight" → the
one mass given) or by its role ("for 2" → reps). Answers only when every variable has
exactly one number. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.mathcall import MathCall
from core.agents.patterns import ci as _c
from core.agents.reason_quantities import Quantity, quantities
from core.agents.reason_units import (
    ENERGY,
    LENGTH,
    MASS,
    NOT_NOUNS,
    POWER,
    TIME,
    Unit,
    unit_of,
    written,
)

CUE = re.compile(r"[=:]|\bis\s+(?:the\s+)?[a-z]+\s+(?:divided|times|multiplied|over|minus|plus)\b")
OPERATOR = (r"(?:[×*/÷+\-−–^()²³]|\bdivided\s+by\b|\btimes\b|\bmultiplied\s+by\b|\bover\b|"
            r"\bminus\b|\bplus\b|\bsquared\b|\bcubed\b)")
FORMULA = _c(rf"(?:^|[.;!?]\s+|\busing\s+|\bwith\s+|\bformula\s*:?\s*)(?:[a-z][\w ]{{0,24}}:\s*)?"
             rf"([a-z][\w ]{{0,24}}?)\s*"
             rf"(?:=|:|\bis\b|\bequals\b)\s*((?:[\w ²³.]|{OPERATOR})*?{OPERATOR}"
             rf"(?:[\w ²³.]|{OPERATOR})*?)(?=\s*(?:[,;?]|\.\s|\.?$))")
WORDS = ((_c(r"\bdivided\s+by\b|\bover\b|÷"), "/"), (_c(r"\btimes\b|\bmultiplied\s+by\b|×"), "*"),
         (_c(r"\bminus\b|[−–]"), "-"), (_c(r"\bplus\b"), "+"), (_c(r"\s*\bsquared\b|²"), "^2"),
         (_c(r"\s*\bcubed\b|³"), "^3"))
TOKEN = _c(r"\d+(?:\.\d+)?|[a-z][a-z0-9]*(?:\s+(?:in|of)\s+[a-z0-9²³]+)?(?:\s+[a-z][a-z0-9]*)*"
           r"|[-+*/^()]|\S")
MEASURES = {"weight": MASS, "mass": MASS, "bodyweight": MASS, "height": LENGTH, "length": LENGTH,
            "distance": LENGTH, "width": LENGTH, "depth": LENGTH, "time": TIME,
            "duration": TIME, "power": POWER, "energy": ENERGY}
TRAIL = re.compile(r"\W{0,3}(?:is\s+|of\s+|=\s*|:\s*)?$")
LAST_WORD = re.compile(r"\s*([a-z]+)$")
COUNTED = re.compile(r"\d\s*$")  # "4 goals": the name counts that number
SPACED = re.compile(r"(?<=[(^])\s+|\s+(?=[)^])")
ROLE = _c(r"\b(?:for|x|×)\s+(\d+(?:\.\d+)?)\b(?!\s*[a-z%])")


def stated_formula(text: str) -> MathCall | None:
    """The stated formula's value for the numbers given, or None."""
    if not CUE.search(text):
        return None
    match = FORMULA.search(text)
    if match is None:
        return None
    expression = match.group(2).strip()
    for pattern, symbol in WORDS:
        expression = pattern.sub(symbol, expression)
    tokens = TOKEN.findall(expression)
    names = [t for t in tokens if t[0].isalpha()]
    if not names or any(not (t[0].isalnum() or t in "-+*/^()") for t in tokens):
        return None
    rest = text[:match.start(2)] + " " * (match.end(2) - match.start(2)) + text[match.end(2):]
    given = quantities(rest, None) or []
    bound: dict[str, str] = {}
    used: set[int] = set()
    for name in dict.fromkeys(names):
        value = bind(name, rest, given, used)
        if value is None:
            return None
        bound[name] = value
    out = " ".join(f"({bound[t]})" if t in bound else t for t in tokens)
    return MathCall("evaluate", SPACED.sub("", out))


def bind(name: str, text: str, given: list[Quantity], used: set[int]) -> str | None:
    """The one number the message gives for ``name`` (its position noted in ``used``)."""
    free = [q for q in given if q.start not in used]
    named = [] if unit_of(name) else [q for q in free if _names(text[:q.start], name)]
    if len(named) == 1:
        return _take(named[0], None, used)
    after = [] if unit_of(name) or named else [q for q in free if _named_after(text, q, name)]
    if len(after) == 1:  # "36 g fresh yeast" for "fresh"
        return _take(after[0], None, used)
    head, _, unit_word = name.partition(" in ")
    unit = unit_of(unit_word or name)
    dims = unit.dims if unit is not None else MEASURES.get(head.split()[-1])
    if dims is not None:
        fits = [q for q in free if q.unit.dims == dims]
        return _take(fits[0], unit, used) if len(fits) == 1 else None
    role = [m for m in ROLE.finditer(text) if m.start(1) not in used]
    if len(role) == 1:
        used.add(role[0].start(1))
        return role[0].group(1)
    counted = [q for q in free if q.unit.text and q.unit.text.startswith(name[:4])]
    return _take(counted[0], None, used) if len(counted) == 1 else None


def _names(before: str, name: str) -> bool:
    """True when ``before`` ends with the name ("mum 153", "weight of 70", "dad = 191")."""
    before = TRAIL.sub("", before[-len(name) - 24:])
    between = LAST_WORD.search(before)
    if not before.endswith(name) and between and between.group(1) not in NOT_NOUNS:
        before = TRAIL.sub("", before[:between.start()])  # "total cholesterol 5.7"
    ahead = before[:-len(name)]
    return before.endswith(name) and not ahead[-1:].isalnum() and not COUNTED.search(ahead)


def _named_after(text: str, quantity: Quantity, name: str) -> bool:
    """True when the number's unit is followed by the name ("36 g fresh yeast")."""
    unit = re.escape(quantity.unit.text) if quantity.unit.text else ""
    return re.match(rf"[$£€]?\s?[\d.,]+\s*{unit}\s+(?:of\s+)?{re.escape(name)}\b",
                    text[quantity.start:]) is not None


def _take(quantity: Quantity, unit: Unit | None, used: set[int]) -> str:
    used.add(quantity.start)
    if unit is None or quantity.unit.size == unit.size:
        return quantity.value
    return f"{quantity.value} * {written(quantity.unit.size / unit.size)}"
