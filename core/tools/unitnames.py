"""Names of units as people write them → pint unit names, with a dimension.

A lexicon of everyday units (symbols, words, plurals, British and American spellings)
covers what a conversion request usually names; each surface form maps to one or more
readings (``pounds`` is a mass or a currency; ``degrees`` an angle or a temperature) and
the caller keeps the reading whose dimension fits the other side. Units outside the
lexicon are looked up in pint's own registry (:func:`pint_unit`, blocking: call it in a
thread or a worker); pint's guesses built from prefixes ("cats" → centi-technical-
atmospheres) are not accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CURRENCY = "currency"


@dataclass(frozen=True, slots=True)
class Unit:
    pint: str  # a pint unit expression, or an ISO currency code
    dim: str  # "length", "mass", "length/time", "currency", or "pint:…" for pint's own
    symbol_only: bool = False  # a short symbol (m, g, c): only right after a number


LEXICON: dict[str, list[Unit]] = {}


def _add(dim: str, pint: str, *forms: str, plural: bool = True) -> None:
    for form in forms:
        short = len(form) == 1 and form.isalpha()
        _put(form, Unit(pint, dim, short))
        last = form.split()[-1].replace("-", "")  # "kilowatt-hour" → "kilowatt-hours" too
        if plural and last.isalpha() and len(last) >= 3 and not last.endswith("s"):
            _put(form + ("es" if last.endswith(("ch", "sh")) else "s"), Unit(pint, dim))


def _put(form: str, unit: Unit) -> None:
    readings = LEXICON.setdefault(form.lower(), [])
    if unit not in readings:
        readings.append(unit)


for _pint, _forms in {
    "meter": ("m", "metre", "meter", "mtr"), "kilometer": ("km", "kms", "kilometre", "kilometer",
                                                           "klick"),
    "centimeter": ("cm", "centimetre", "centimeter"), "millimeter": ("mm", "millimetre",
                                                                     "millimeter"),
    "micrometer": ("µm", "micron", "micrometre", "micrometer"), "nanometer": ("nm", "nanometre",
                                                                               "nanometer"),
    "mile": ("mi", "mile"), "yard": ("yd", "yds", "yard"), "foot": ("ft", "foot", "feet"),
    "inch": ("inch",), "hand": ("hand", "hh"), "furlong": ("furlong",), "fathom": ("fathom",),
    "chain": ("chain",), "nautical_mile": ("nautical mile", "nmi"),
    "light_year": ("light year", "light-year", "lightyear"),
}.items():
    _add("length", _pint, *_forms)
for _pint, _forms in {
    "kilogram": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilogramme"),
    "gram": ("g", "gm", "gms", "gram", "gramme"), "milligram": ("mg", "milligram",
                                                                      "milligramme"),
    "microgram": ("mcg", "µg", "microgram"), "metric_ton": ("tonne", "metric ton"),
    "ton": ("ton", "short ton"), "pound": ("lb", "lbs", "pound"), "ounce": ("oz", "ounce"),
    "stone": ("stone", "st"), "troy_ounce": ("troy ounce", "troy oz", "ozt", "oz t"),
    "carat": ("carat",), "stick_of_butter": ("stick of butter", "sticks of butter", "stick",
                                             "butter stick"),
}.items():
    _add("mass", _pint, *_forms)
for _pint, _forms in {
    "liter": ("l", "ltr", "litre", "liter"), "milliliter": ("ml", "millilitre", "milliliter"),
    "centiliter": ("cl", "centilitre", "centiliter"), "deciliter": ("dl", "decilitre",
                                                                     "deciliter"),
    "gallon": ("gal", "gallon", "us gallon"), "imperial_gallon": ("imperial gallon",
                                                                   "uk gallon"),
    "quart": ("qt", "quart", "us quart"), "pint": ("pt", "pint", "us pint"),
    "cup": ("cup", "us cup"),
    "fluid_ounce": ("fl oz", "fl. oz", "floz", "fluid ounce", "us fl oz", "us fluid ounce",
                    "us floz"),
    "imperial_fluid_ounce": ("uk fl oz", "imperial fl oz", "uk fluid ounce",
                             "imperial fluid ounce"),
    "imperial_pint": ("uk pint", "imperial pint"), "imperial_quart": ("imperial quart", "uk quart"),
    "tablespoon": ("tbsp", "tbs", "tablespoon", "us tablespoon", "us tbsp"),
    "teaspoon": ("tsp", "teaspoon", "us teaspoon", "us tsp"),
    "cubic_centimeter": ("cc", "cm3", "cm³", "cubic centimetre", "cubic centimeter"),
    "meter**3": ("m3", "m³", "cubic metre", "cubic meter"),
    "cubic_inch": ("cubic inch", "cubic inches", "cu in", "cu. in.", "in3", "in³"),
    "cubic_foot": ("cubic foot", "cubic feet", "cu ft", "cu. ft.", "cu ft.", "ft3", "ft³"),
    "cubic_yard": ("cubic yard", "cu yd", "yd3", "yd³"),
}.items():
    _add("length**3", _pint, *_forms)
for _pint, _forms in {
    "degC": ("°c", "ºc", "c", "celsius", "centigrade", "degc", "deg c", "degree celsius",
             "degrees celsius", "degrees c", "degree c", "degrees centigrade"),
    "degF": ("°f", "ºf", "f", "fahrenheit", "degf", "deg f", "degree fahrenheit",
             "degrees fahrenheit", "degrees f", "degree f"),
    "kelvin": ("kelvin", "kelvins", "degrees kelvin"),
}.items():
    _add("temperature", _pint, *_forms, plural=False)
for _pint, _forms in {
    "second": ("sec", "secs", "second"), "minute": ("min", "mins", "minute"),
    "hour": ("h", "hr", "hrs", "hour"), "day": ("day",), "week": ("wk", "week"),
    "month": ("month",), "year": ("yr", "yrs", "year"), "millisecond": ("ms", "millisecond"),
    "decade": ("decade",), "century": ("century", "centuries"), "fortnight": ("fortnight",),
}.items():
    _add("time", _pint, *_forms)
for _pint, _forms in {  # flow and torque
    "liter/second": ("l/s", "lps", "litres per second", "liters per second", "litre per second"),
    "liter/minute": ("l/min", "lpm", "litres per minute", "liters per minute",
                     "litre per minute"),
    "liter/hour": ("l/h", "l/hr", "litres per hour", "liters per hour"),
    "meter**3/hour": ("m³/h", "m3/h", "m3/hr", "m³/hr", "cubic metres per hour",
                      "cubic meters per hour"),
    "meter**3/second": ("m³/s", "m3/s", "cumecs", "cubic metres per second"),
    "gallon/minute": ("gpm", "gal/min", "gallons per minute", "us gpm"),
    "imperial_gallon/minute": ("uk gpm", "imperial gallons per minute"),
}.items():
    _add("length**3/time", _pint, *_forms)
for _pint, _forms in {
    "newton*meter": ("nm", "n·m", "n m", "n-m", "newton metre", "newton meter", "newton-metre",
                     "newton-meter"),
    "force_pound*foot": ("lb-ft", "lb ft", "lbft", "ft-lb", "ft lb", "ft-lbs", "ft lbs", "ftlb",
                         "lbf ft", "lbf·ft", "foot-pound", "foot pound", "pound-foot",
                         "pound-feet", "pound feet", "foot-pounds", "foot pounds"),
    "force_pound*inch": ("in-lb", "in-lbs", "inlb", "inlbs", "lbf in", "lbf·in",
                         "lb-in", "inch-pound", "inch pound", "inch-pounds", "inch pounds",
                         "pound-inch", "pound-inches"),
}.items():
    _add("torque", _pint, *_forms)
_add("length", "thou", "thou", "thousandth of an inch", "thousandths of an inch")
_add("length**3", "fluid_ounce", "oz", "ounce")  # "330 ml in oz": a volume, when a volume is given
for _pint, _forms in {
    "mile/hour": ("mph", "miles per hour", "mile per hour", "miles an hour", "mi/h"),
    "kilometer/hour": ("kph", "kmh", "km/h", "km/hr", "kmph", "kilometres per hour",
                       "kilometers per hour", "kilometres an hour", "kilometers an hour"),
    "meter/second": ("m/s", "mps", "metres per second", "meters per second"),
    "foot/second": ("ft/s", "fps", "feet per second"), "knot": ("kn", "kt", "knot"),
}.items():
    _add("length/time", _pint, *_forms)
for _pint, _forms in {
    "meter**2": ("m2", "m²", "sq m", "sqm", "square metre", "square meter"),
    "kilometer**2": ("km2", "km²", "sq km", "square kilometre", "square kilometer"),
    "centimeter**2": ("cm2", "cm²", "sq cm", "square centimetre", "square centimeter"),
    "foot**2": ("ft2", "ft²", "sq ft", "sqft", "square foot", "square feet"),
    "inch**2": ("in2", "in²", "sq in", "square inch", "square inches"),
    "yard**2": ("yd2", "sq yd", "square yard"), "mile**2": ("mi2", "sq mi", "square mile"),
    "international_acre": ("acre", "ac"), "hectare": ("ha", "hectare"),
}.items():
    _add("length**2", _pint, *_forms)
for _pint, _forms in {
    "kilocalorie": ("kcal", "calorie", "cal", "kilocalorie"), "kilojoule": ("kj", "kilojoule"),
    "joule": ("j", "joule"), "kilowatt_hour": ("kwh", "kilowatt hour", "kilowatt-hour"),
    "megajoule": ("mj", "megajoule"), "gigajoule": ("gj", "gigajoule"),
    "watt_hour": ("wh", "watt hour", "watt-hour"), "megawatt_hour": ("mwh", "megawatt hour",
                                                                     "megawatt-hour"),
    "international_british_thermal_unit": ("btu", "british thermal unit"), "therm": ("therm",),
    "calorie": ("small calorie", "small cal", "thermochemical calorie", "gram calorie"),
}.items():
    _add("energy", _pint, *_forms)
for _pint, _forms in {
    "psi": ("psi",), "bar": ("bar",), "pascal": ("pa", "pascal"), "kilopascal": ("kpa",
                                                                                "kilopascal"),
    "standard_atmosphere": ("atm", "atmosphere"), "mmHg": ("mmhg", "mm hg"),
    "inch_Hg": ("inhg", "in hg", "inch of mercury", "inches of mercury", "inches hg"),
    "hectopascal": ("hpa", "hectopascal"), "millibar": ("mbar", "millibar"),
}.items():
    _add("pressure", _pint, *_forms)
for _pint, _forms in {
    "watt": ("w", "watt"), "kilowatt": ("kw", "kilowatt"), "horsepower": ("hp", "horsepower"),
    "metric_horsepower": ("ps", "metric horsepower", "metric hp", "cv", "pferdestarke"),
    "megawatt": ("mw", "megawatt"), "gigawatt": ("gw", "gigawatt"),
    "british_thermal_unit/hour": ("btu/h", "btu/hr", "btuh", "btus per hour",
                                  "btu per hour"),
}.items():
    _add("power", _pint, *_forms)
for _pint, _forms in {
    "byte": ("byte",), "kilobyte": ("kb", "kilobyte"), "megabyte": ("mb", "megabyte"),
    "gigabyte": ("gb", "gigabyte"), "terabyte": ("tb", "terabyte"), "bit": ("bit",),
    "kibibyte": ("kib", "kibibyte"), "mebibyte": ("mib", "mebibyte"),
    "gibibyte": ("gib", "gibibyte"), "tebibyte": ("tib", "tebibyte"),
    "kilobit": ("kbit", "kilobit"), "megabit": ("mbit", "megabit"),
    "gigabit": ("gbit", "gigabit"),
}.items():
    _add("data", _pint, *_forms)
for _pint, _forms in {  # "Mbps" is megabits, "MB/s" megabytes (the lexicon ignores case)
    "kilobit/second": ("kbps", "kbit/s", "kilobits per second"),
    "megabit/second": ("mbps", "mbit/s", "megabits per second"),
    "gigabit/second": ("gbps", "gbit/s", "gigabits per second"),
    "kilobyte/second": ("kilobytes per second", "kbyte/s"),
    "megabyte/second": ("mb/s", "megabytes per second", "mbyte/s", "mbytes/s"),
    "gigabyte/second": ("gb/s", "gigabytes per second", "gbyte/s"),
}.items():
    _add("data/time", _pint, *_forms)
for _pint, _forms in {  # blood glucose: 1 mmol/L is 18.016 mg/dL
    "milligram/deciliter": ("mg/dl", "mg/dL", "mg per dl", "milligrams per decilitre",
                            "milligrams per deciliter"),
    "millimole/liter": ("mmol/l", "mmol", "mmol per l", "millimoles per litre",
                        "millimoles per liter"),
}.items():
    _add("glucose", _pint, *_forms, plural=False)
for _pint, _forms in {
    "degree": ("°", "º", "deg", "degree", "degrees"), "radian": ("rad", "radian"),
}.items():
    _add("angle", _pint, *_forms)
for _code, _forms in {
    "USD": ("$", "usd", "dollar", "us dollar", "buck", "us$"),
    "EUR": ("€", "eur", "euro"), "GBP": ("£", "gbp", "pound", "quid", "sterling",
                                         "pounds sterling", "british pound"),
    "JPY": ("¥", "jpy", "yen", "japanese yen"), "CHF": ("chf", "swiss franc", "franc"),
    "CAD": ("cad", "canadian dollar", "c$"), "AUD": ("aud", "australian dollar", "a$"),
    "INR": ("inr", "rupee", "indian rupee", "₹"),
}.items():
    _add(CURRENCY, _code, *_forms)

# Two or three units asked together ("in stone and pounds", "hours, minutes and seconds"):
# the amount is told in whole larger units and the rest in the smallest one.
COMPOUNDS: dict[str, tuple[str, tuple[tuple[str, str, float], ...]]] = {
    # pint name: (dimension, ((unit, label, how many of the next unit it holds), …))
    "stone_and_pound": ("mass", (("stone", "st", 14), ("pound", "lb", 1))),
    "pound_and_ounce": ("mass", (("pound", "lb", 16), ("ounce", "oz", 1))),
    "foot_and_inch": ("length", (("foot", "ft", 12), ("inch", "in", 1))),
    "meter_and_centimeter": ("length", (("meter", "m", 100), ("centimeter", "cm", 1))),
    "hour_and_minute": ("time", (("hour", "hour", 60), ("minute", "minute", 1))),
    "hour_minute_and_second": ("time", (("hour", "hour", 60), ("minute", "minute", 60),
                                        ("second", "second", 1))),
    "minute_and_second": ("time", (("minute", "minute", 60), ("second", "second", 1))),
    "week_and_day": ("time", (("week", "week", 7), ("day", "day", 1))),
    "day_and_hour": ("time", (("day", "day", 24), ("hour", "hour", 1))),
    "year_and_month": ("time", (("year", "year", 12), ("month", "month", 1))),
}
for _pint, _forms in {
    "stone_and_pound": ("stone and pounds", "stone and lbs", "stone and lb", "st and lb",
                        "stones and pounds", "st lb", "stone & pounds"),
    "pound_and_ounce": ("pounds and ounces", "lbs and oz", "lb and oz", "lbs and ounces",
                        "pounds and oz", "lb oz", "pounds & ounces"),
    "foot_and_inch": ("feet and inches", "ft and in", "foot and inches", "ft and inches",
                      "feet and inch", "feet & inches", "ft in"),
    "meter_and_centimeter": ("metres and centimetres", "meters and centimeters", "m and cm"),
    "hour_and_minute": ("hours and minutes", "hours and mins", "hrs and mins", "h and min",
                        "hours & minutes", "hour and minutes"),
    "hour_minute_and_second": ("hours, minutes and seconds", "hours minutes and seconds",
                               "hours, minutes, and seconds", "hours, mins and secs",
                               "h, min and s", "hours, minutes & seconds", "hh:mm:ss"),
    "minute_and_second": ("minutes and seconds", "mins and secs", "min and sec",
                          "minutes & seconds"),
    "week_and_day": ("weeks and days", "weeks & days", "wks and days"),
    "day_and_hour": ("days and hours", "days & hours"),
    "year_and_month": ("years and months", "years & months"),
}.items():
    _add(COMPOUNDS[_pint][0], _pint, *_forms, plural=False)

# Words never read as units, whatever pint would make of them.
NOT_UNITS = frozenset({
    "a", "an", "at", "as", "in", "is", "it", "me", "to", "or", "and", "the", "of", "per", "are",
    "i", "am", "be", "by", "do", "go", "he", "hi", "if", "my", "no", "on", "so", "up", "us",
    "we", "pi", "cats", "kilos", "old", "years old", "times", "people", "point", "points",
})
FORMS = sorted(LEXICON, key=len, reverse=True)
# the first letters any form starts with, checked before the long alternation: a position no
# unit can start at (a digit, "+") is passed at once, so long arithmetic is scanned fast
_FIRST = "".join(sorted({c for f in FORMS for c in (f[0].lower(), f[0].upper())}))
UNIT_RE = re.compile(r"(?<![A-Za-z_])(?=[" + re.escape(_FIRST) + r"])(?:"
                     + "|".join(re.escape(f) for f in FORMS) + r")(?![A-Za-z_²³])", re.IGNORECASE)


def readings(form: str) -> list[Unit]:
    return list(LEXICON.get(form.lower().strip(), ()))


@lru_cache(maxsize=1)
def registry():  # type: ignore[no-untyped-def]
    """The one pint registry of a process (built on first use: it takes a while)."""
    import pint

    ureg: Any = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("stick_of_butter = 113.398 * gram")  # a US stick: a quarter pound
    ureg.define("international_acre = 43560 * foot ** 2")  # not the US survey acre
    ureg.define("thou = 0.001 * inch")
    return ureg


@lru_cache(maxsize=512)
def pint_unit(word: str) -> Unit | None:
    """A unit word outside the lexicon, looked up in pint (blocking). Only names pint
    knows whole ("furlongs", "fathom") are accepted, never prefix guesses."""
    word = word.strip().lower()
    if (word in NOT_UNITS or len(word) < 3 or not word.replace("_", "").isalpha()):
        return None
    try:
        ureg = registry()
        parsed = ureg.parse_unit_name(word)
        if len(parsed) != 1 or parsed[0][0] or parsed[0][2]:
            return None
        units = ureg.parse_units(word)
        dim = str(units.dimensionality)
    except Exception:  # pint raises many kinds for unknown words
        return None
    if dim == "dimensionless":
        return None
    return Unit(parsed[0][1], f"pint:{dim}")


def pint_dim(unit: Unit) -> str:
    """The unit's dimension as pint states it (blocking)."""
    if unit.dim == CURRENCY or unit.dim.startswith("pint:"):
        return unit.dim
    try:
        return "pint:" + str(registry().parse_units(unit.pint).dimensionality)
    except Exception:  # an unparsable expression matches nothing
        return unit.dim
