"""Units as people write them, each with an exact size in base units and a dimension, for
combining quantities (:mod:`core.agents.words_dimensions`).

A dimension is a sorted tuple of (base, exponent) pairs over metre, kilogram, second, bit
and "n" (a count of things: photos, tubs, people). Energy and power are built from the
mechanical bases, so kWh ÷ kW is hours and kcal and kJ are the same kind. Sizes are
exact fractions (a mile is 1609.344 m, a US cup 236.5882365 ml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

Dim = tuple[tuple[str, int], ...]


def dim(**powers: int) -> Dim:
    return tuple(sorted((k, v) for k, v in powers.items() if v))


def mul(a: Dim, b: Dim, sign: int = 1) -> Dim:
    out = dict(a)
    for base, power in b:
        out[base] = out.get(base, 0) + sign * power
    return dim(**out)


LENGTH, MASS, TIME, DATA, COUNT = dim(m=1), dim(kg=1), dim(s=1), dim(bit=1), dim(n=1)
AREA, VOLUME = dim(m=2), dim(m=3)
ENERGY, POWER = dim(kg=1, m=2, s=-2), dim(kg=1, m=2, s=-3)
SPEED, RATE = dim(m=1, s=-1), dim(bit=1, s=-1)
NONE: Dim = ()


@dataclass(frozen=True, slots=True)
class Unit:
    size: Fraction  # in base units
    dim: Dim
    label: str  # how an answer names it


_F = Fraction
_KWH = _F(3_600_000)
_BTU = _F("1055.05585262")
_TABLE: dict[str, tuple[str, Fraction, Dim, str]] = {}


def _add(forms: str, size: Fraction, kind: Dim, label: str) -> None:
    for form in forms.split("|"):
        _TABLE[form] = (form, size, kind, label)


for _forms, _size, _label in (
        ("m|metre|metres|meter|meters", _F(1), "m"),
        ("km|kms|kilometre|kilometres|kilometer|kilometers", _F(1000), "km"),
        ("cm|centimetre|centimetres|centimeter|centimeters", _F(1, 100), "cm"),
        ("mm|millimetre|millimetres|millimeter|millimeters", _F(1, 1000), "mm"),
        ("mi|mile|miles", _F("1609.344"), "miles"), ("ft|foot|feet", _F("0.3048"), "ft"),
        ("inch|inches", _F("0.0254"), "inches"), ("yd|yds|yard|yards", _F("0.9144"), "yards")):
    _add(_forms, _size, LENGTH, _label)
for _forms, _size, _label in (
        ("m²|m2|sq m|sqm|square metre|square metres|square meter|square meters", _F(1), "m²"),
        ("km²|km2|sq km|square kilometre|square kilometres", _F(10**6), "km²"),
        ("cm²|cm2|sq cm|square centimetre|square centimetres", _F(1, 10**4), "cm²"),
        ("ft²|ft2|sq ft|sqft|square foot|square feet", _F("0.09290304"), "sq ft"),
        ("ha|hectare|hectares", _F(10**4), "hectares"),
        ("acre|acres", _F("4046.8564224"), "acres")):
    _add(_forms, _size, AREA, _label)
for _forms, _size, _label in (
        ("l|ltr|litre|litres|liter|liters", _F(1, 1000), "litres"),
        ("ml|millilitre|millilitres|milliliter|milliliters", _F(1, 10**6), "ml"),
        ("cl|centilitre|centilitres", _F(1, 10**5), "cl"),
        ("m³|m3|cubic metre|cubic metres|cubic meter|cubic meters", _F(1), "m³"),
        ("gal|gallon|gallons|us gallon|us gallons", _F("0.003785411784"), "gallons"),
        ("fl oz|us fl oz|fluid ounce|fluid ounces", _F("0.0000295735295625"), "fl oz"),
        ("cup|cups", _F("0.0002365882365"), "cups"),
        ("tbsp|tablespoon|tablespoons", _F("0.00001478676478125"), "tbsp"),
        ("tsp|teaspoon|teaspoons", _F("0.00000492892159375"), "tsp")):
    _add(_forms, _size, VOLUME, _label)
for _forms, _size, _label in (
        ("kg|kgs|kilo|kilos|kilogram|kilograms", _F(1), "kg"),
        ("g|gram|grams|gm|gms", _F(1, 1000), "g"), ("mg|milligram|milligrams", _F(1, 10**6), "mg"),
        ("mcg|µg|microgram|micrograms", _F(1, 10**9), "mcg"),
        ("tonne|tonnes", _F(1000), "tonnes"),
        ("lb|lbs|pound|pounds", _F("0.45359237"), "lb"),
        ("oz|ounce|ounces", _F("0.028349523125"), "oz"),
        ("stone|stones", _F("6.35029318"), "stone")):
    _add(_forms, _size, MASS, _label)
for _forms, _size, _label in (
        ("s|sec|secs|second|seconds", _F(1), "seconds"),
        ("min|mins|minute|minutes", _F(60), "minutes"),
        ("h|hr|hrs|hour|hours", _F(3600), "hours"), ("day|days", _F(86400), "days"),
        ("wk|wks|week|weeks", _F(604800), "weeks"), ("year|years|yr|yrs", _F(31536000), "years")):
    _add(_forms, _size, TIME, _label)
for _forms, _size, _label in (
        ("kwh|kilowatt hour|kilowatt hours|kilowatt-hour|kilowatt-hours", _KWH, "kWh"),
        ("wh|watt hour|watt hours|watt-hour|watt-hours", _F(3600), "Wh"),
        ("mwh|megawatt hour|megawatt hours", _KWH * 1000, "MWh"),
        ("j|joule|joules", _F(1), "J"), ("kj|kilojoule|kilojoules", _F(1000), "kJ"),
        ("mj|megajoule|megajoules", _F(10**6), "MJ"),
        ("kcal|calorie|calories|cal|cals|kilocalorie|kilocalories", _F(4184), "kcal"),
        ("btu|btus", _BTU, "BTU")):
    _add(_forms, _size, ENERGY, _label)
for _forms, _size, _label in (
        ("w|watt|watts", _F(1), "W"), ("kw|kilowatt|kilowatts", _F(1000), "kW"),
        ("mw|megawatt|megawatts", _F(10**6), "MW"), ("btu/h|btu/hr|btu per hour", _BTU / 3600,
                                                      "BTU/h"),
        ("hp|horsepower", _F("745.69987158227022"), "hp")):
    _add(_forms, _size, POWER, _label)
for _forms, _size, _label in (
        ("bit|bits", _F(1), "bits"), ("kbit|kbits|kilobit|kilobits", _F(1000), "kbit"),
        ("mbit|mbits|megabit|megabits", _F(10**6), "Mbit"),
        ("gbit|gbits|gigabit|gigabits", _F(10**9), "Gbit"),
        ("byte|bytes", _F(8), "bytes"), ("kb|kilobyte|kilobytes", _F(8000), "kB"),
        ("mb|mbs|megabyte|megabytes", _F(8 * 10**6), "MB"),
        ("gb|gbs|gigabyte|gigabytes|gig|gigs", _F(8 * 10**9), "GB"),
        ("tb|terabyte|terabytes", _F(8 * 10**12), "TB")):
    _add(_forms, _size, DATA, _label)
for _forms, _size, _label in (
        ("mbps|mbit/s|megabits per second", _F(10**6), "Mbit/s"),
        ("mb/s|megabytes per second", _F(8 * 10**6), "MB/s"),
        ("kbps|kbit/s", _F(1000), "kbit/s"), ("gbps|gbit/s", _F(10**9), "Gbit/s")):
    _add(_forms, _size, RATE, _label)
for _forms, _size, _label in (
        ("km/h|kmh|kph|km/hr|kmph|kilometres per hour|kilometers per hour|kilometres an hour",
         _F(1000, 3600), "km/h"),
        ("mph|miles per hour|miles an hour|mi/h", _F("1609.344") / 3600, "mph"),
        ("m/s|metres per second|meters per second", _F(1), "m/s")):
    _add(_forms, _size, SPEED, _label)

_add("bpm|beats per minute|beats a minute", _F(1, 60), dim(s=-1), "bpm")  # a count a minute
UNIT_FORMS = sorted(_TABLE, key=len, reverse=True)
UNIT_WORD = "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in UNIT_FORMS) + ")"
UNIT_RE = re.compile(UNIT_WORD + r"(?![a-z²³/])")
SLASHED = re.compile(UNIT_WORD + r"(?=/[a-z])")  # "1.6 g/kg": a unit with its rate after
BOTH_ENDS = re.compile(r"\bboth\s+ends\b|\bat\s+each\s+end\b|\bincluding\s+(?:the\s+)?(?:ends|"
                       r"first\s+and\s+last)\b")


def unit(word: str) -> Unit | None:
    """The unit a (lower-case) word names, or None."""
    found = _TABLE.get(re.sub(r"\s+", " ", word.strip().lower()))
    return None if found is None else Unit(found[1], found[2], found[3])


def named(kind: Dim) -> str:
    """A plain name for a dimension, for a basis or a refusal."""
    return {LENGTH: "length", MASS: "mass", TIME: "time", AREA: "area", VOLUME: "volume",
            ENERGY: "energy", POWER: "power", DATA: "data", SPEED: "speed"}.get(kind, "amount")
