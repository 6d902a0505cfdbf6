"""A small table of units for reasoning with quantities: each written unit → its dimension
(base exponents) and its size in base units, and compound units read from words ("kcal
per kg per km", "ml/kg/day", "$3.20 a litre", "per 100 g").

Bases: kg (M), m (L), s (T), J (E), A (I), byte (D), money ($); a count of things named by
a noun ("8 meals") is its own base ("#meal"). No pint: this runs while planning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_dimunits import dim as _dims
from core.agents.words_dimunits import mul as combine

Dims = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Unit:
    dims: Dims
    size: Fraction  # in base units
    text: str  # as written


def power(a: Dims, exp: int) -> Dims:
    return tuple((k, v * exp) for k, v in a if v * exp)


F = Fraction
_TABLE: dict[str, tuple[Dims, Fraction]] = {}


def _put(forms: str, dims: Dims, size: Fraction | int | str) -> None:
    for form in forms.split("|"):
        _TABLE[form] = (dims, F(size))


MASS, LENGTH, TIME = _dims(M=1), _dims(L=1), _dims(T=1)
AREA, VOLUME = _dims(L=2), _dims(L=3)
ENERGY, POWER = _dims(E=1), _dims(E=1, T=-1)
_put("kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", MASS, 1)
_put("g|gram|grams|gramme|grammes", MASS, F(1, 1000))
_put("mg|milligram|milligrams", MASS, F(1, 10**6))
_put("lb|lbs|pound|pounds", MASS, F("0.45359237"))
_put("oz|ounce|ounces", MASS, F("0.028349523125"))
_put("tonne|tonnes", MASS, 1000)
_put("m|metre|metres|meter|meters", LENGTH, 1)
_put("km|kms|kilometre|kilometres|kilometer|kilometers", LENGTH, 1000)
_put("cm|centimetre|centimetres|centimeter|centimeters", LENGTH, F(1, 100))
_put("mm|millimetre|millimetres|millimeter|millimeters", LENGTH, F(1, 1000))
_put("mi|mile|miles", LENGTH, F("1609.344"))
_put("ft|foot|feet", LENGTH, F("0.3048"))
_put("inch|inches", LENGTH, F("0.0254"))
_put("yd|yds|yard|yards", LENGTH, F("0.9144"))
_put("s|sec|secs|second|seconds", TIME, 1)
_put("min|mins|minute|minutes", TIME, 60)
_put("h|hr|hrs|hour|hours", TIME, 3600)
_put("day|days", TIME, 86400)
_put("week|weeks|wk|wks", TIME, 604800)
_put("year|years|yr|yrs", TIME, 365 * 86400)
_put("m²|m2|sq m|square metre|square metres|square meter|square meters", AREA, 1)
_put("cm²|cm2|square centimetre|square centimetres", AREA, F(1, 10**4))
_put("ft²|ft2|sq ft|square foot|square feet", AREA, F("0.09290304"))
_put("l|litre|litres|liter|liters", VOLUME, F(1, 1000))
_put("ml|millilitre|millilitres|milliliter|milliliters", VOLUME, F(1, 10**6))
_put("cl|centilitre|centilitres", VOLUME, F(1, 10**5))
_put("m³|m3|cubic metre|cubic metres|cubic meter|cubic meters", VOLUME, 1)
_put("cm³|cm3|cc|cubic centimetre|cubic centimetres", VOLUME, F(1, 10**6))
_put("ft³|ft3|cu ft|cubic foot|cubic feet", VOLUME, F("0.028316846592"))
_put("us gal|us gallon|us gallons|gal|gallon|gallons", VOLUME, F("0.003785411784"))
_put("kcal|kcals|calorie|calories|cal", ENERGY, 4184)
_put("kj|kilojoule|kilojoules", ENERGY, 1000)
_put("j|joule|joules", ENERGY, 1)
_put("kwh", ENERGY, 3600000)
_put("wh", ENERGY, 3600)
_put("w|watt|watts", POWER, 1)
_put("kw|kilowatt|kilowatts", POWER, 1000)
_put("ma|milliamp|milliamps", _dims(I=1), F(1, 1000))
_put("amp|amps|ampere|amperes", _dims(I=1), 1)
_put("v|volt|volts", _dims(E=1, T=-1, I=-1), 1)  # a watt per amp
_put("mah", _dims(I=1, T=1), F(36, 10))
_put("ah", _dims(I=1, T=1), 3600)
_put("kb|kilobyte|kilobytes", _dims(D=1), 1000)
_put("mb|megabyte|megabytes", _dims(D=1), 10**6)
_put("gb|gigabyte|gigabytes", _dims(D=1), 10**9)
_put("tb|terabyte|terabytes", _dims(D=1), 10**12)
_put("byte|bytes", _dims(D=1), 1)
_put("bit|bits", _dims(D=1), F(1, 8))
_put("megabit|megabits|mbit|mbits", _dims(D=1), F(10**6, 8))
_put("gigabit|gigabits|gbit|gbits", _dims(D=1), F(10**9, 8))
_put("mbps|mbit/s", _dims(D=1, T=-1), F(10**6, 8))  # network speeds are in bits
_put("gbps|gbit/s", _dims(D=1, T=-1), F(10**9, 8))
_put("beat|beats|heartbeat|heartbeats|pulse|pulses", _dims(**{"#beat": 1}), 1)
_put("bpm", _dims(**{"#beat": 1, "T": -1}), F(1, 60))
_put("wpm", _dims(**{"#word": 1, "T": -1}), F(1, 60))  # typing or reading speed
_put("cent|cents", _dims(**{"$": 1}), F(1, 100))
_put("mpg", _dims(L=-2), F("1609.344") / F("0.003785411784"))
_put("mph", _dims(L=1, T=-1), F("1609.344") / 3600)
_put("km/h|kph|kmh", _dims(L=1, T=-1), F(1000, 3600))
_put("gsm", _dims(M=1, L=-2), F(1, 1000))
_put("dollar|dollars|euro|euros|pound sterling|quid|bucks", _dims(**{"$": 1}), 1)
MONEY = _dims(**{"$": 1})
_FORMS = sorted(_TABLE, key=len, reverse=True)
UNIT = "(?:" + "|".join(re.escape(f) for f in _FORMS) + r")(?![\w²³])"
_UNIT_RE = _c(UNIT)
NOT_NOUNS = frozenset(
    "a an and the of in on at to for from by or is are was were it its my i am we you he she "
    "they this that with per each every about around roughly nearly so then than times time "
    "more less over under up down off out into if one two x am pm percent".split())
PER = r"(?:\s*/\s*|\s+per\s+|\s+an?\s+|\s+each\s+|\s+every\s+)"
COUNT = r"(?:\d+(?:\.\d+)?\s*)"
# a whole compound unit after a number: "kcal per kg per km", "ml/kg/day", "gal/hour"
COMPOUND = _c(rf"({UNIT})((?:{PER}{COUNT}?(?:{UNIT}))*)(?:(?:\s*/\s*|\s+per\s+)([a-z]{{3,}})\b)?")
PER_PART = _c(rf"{PER}({COUNT})?({UNIT})")


def unit_of(word: str) -> Unit | None:
    """One written unit ("kg", "US gal", "cubic metre")."""
    hit = _TABLE.get(word.lower().strip())
    return None if hit is None else Unit(hit[0], hit[1], word.strip())


def compound_at(text: str, start: int) -> tuple[Unit, int] | None:
    """The compound unit written at ``start`` ("kcal per kg per km") and where it ends."""
    match = COMPOUND.match(text, start)
    if match is None:
        return None
    head = unit_of(match.group(1))
    if head is None:
        return None
    dims, size = head.dims, head.size
    for part in PER_PART.finditer(match.group(2)):
        unit = unit_of(part.group(2))
        if unit is None:
            return None
        count = F(part.group(1).strip()) if part.group(1) else F(1)
        dims, size = combine(dims, unit.dims, -1), size / (unit.size * count)
    if match.group(3):  # "0.045 kcal per step", "0.96 m2/box": per one of the things named
        thing = noun_unit(match.group(3))
        if thing is None:  # "kg per the bag": the unit ends before "per"
            tail = match.group(0)[:match.start(3) - match.start()].rstrip()
            tail = tail.removesuffix("per").removesuffix("/").rstrip()
            return Unit(dims, size, tail), match.start() + len(tail)
        dims = combine(dims, thing.dims, -1)
    return Unit(dims, size, match.group(0).strip()), match.end()


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def noun_unit(word: str) -> Unit | None:
    """A count of named things ("8 meals" → #meal)."""
    word = word.lower()
    if word in NOT_NOUNS or len(word) < 3 or not word.isalpha() or unit_of(word):
        return None
    return Unit(((f"#{singular(word)}", 1),), F(1), word)


def written(value: Fraction) -> str:
    """A conversion factor as a decimal when it ends ("3.785411784"), else a fraction."""
    den, twos, fives = value.denominator, 0, 0
    while den % 2 == 0:
        den, twos = den // 2, twos + 1
    while den % 5 == 0:
        den, fives = den // 5, fives + 1
    if den != 1:
        return f"({value.numerator}/{value.denominator})"
    if max(twos, fives) == 0:
        return str(value.numerator)
    exact = Decimal(value.numerator).scaleb(0) / Decimal(value.denominator)
    return format(exact, "f").rstrip("0").rstrip(".")
