"""A measurement turned into another unit by the factor the message states: "multiply by
18", "(x 88.4)", "divide by 18", "using 38.67", or a unit defined in passing ("1 pt = 1/72
inch", "1 GB = 1000 MB"). The factor given is the one used, never a stored one; the answer
is in the unit the question names.

"glucose 5.5 mmol/L, in mg/dL? (multiply by 18)" → 99 mg/dL; "sodium 800 mg, salt in grams
(x 2.5)?" → 2 g; "cholesterol 200 mg/dL to mmol/L using 38.67" → 5.17 mmol/L; "12 pt type in
mm (1 pt = 1/72 inch)" → 4.23 mm.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

F = r"(\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?)"
UNIT = (r"(?:[µμu]mol/l|mmol/l|mg/dl|mg/l|g/dl|g/l|ng/ml|pmol/l|nmol/l|mcg|µg|μg|mg|g|kg|"
        r"grams?|milligrams?|kilograms?|micrograms?|ml|l|litres?|liters?|dl|cl|mm|cm|m|km|"
        r"in|inch(?:es)?|ft|feet|foot|pt|points?|px|pixels?|mb|gb|kb|tb|gib|mib|iu|units?|"
        r"kcal|kj|cal|j|kwh|mj|btu|(?:us\s+)?fl\.?\s*oz|(?:us\s+)?fluid\s+ounces?|oz|lbs?|pounds?|"
        r"miles?|mi|mm\s*hg|kpa|psi|bar|sqm|sq\.?\s*m|m²|m2|square\s+met(?:re|er)s?|"
        r"sq\.?\s*f(?:ee)?t|ft²|ft2|square\s+f(?:ee|oo)t|hectares?|ha|acres?|watts?|w|"
        r"btu\s*/\s*hr?|btu\s+per\s+hour|btu|cu\.?\s*ft|cubic\s+f(?:ee|oo)t|ft³|ft3|"
        r"cu\.?\s*m|cubic\s+met(?:re|er)s?|m³|m3|cups?|carats?|ct|stones?|st|tonnes?|"
        r"metric\s+tons?|t|gallons?|gal|millilit(?:re|er)s?|tsp|teaspoons?|tbsp|tablespoons?)")
MUL = _c(rf"\b(?:multiply|multiplied|times)\s+(?:it\s+|that\s+|this\s+)?(?:by\s+)?{F}|"
         rf"[(\[,]\s*(?:x|×|\*|times)\s*{F}\s*[)\],]|\b(?:x|×)\s*{F}\s*\)")
DIV = _c(rf"\b(?:divide|divided)\s+(?:it\s+|that\s+|this\s+)?by\s+{F}|[(\[]\s*(?:÷|/)\s*{F}"
         rf"\s*[)\]]")
USING = _c(rf"\b(?:using|use|with\s+(?:a\s+)?(?:factor|ratio)(?:\s+of)?|(?:conversion\s+)?factor"
           rf"(?:\s+of|\s+is|:)?)\s+{F}(?!\s*%)")
DEFINED = _c(rf"(?:\b1\s*|\b(?:a|an|one)\s+)({UNIT})\s*(?:=|is|equals|as|being)\s*(?:about\s+)?"
             rf"{F}\s*({UNIT})(?![\w²³])")
# "using 6.895 kPa per psi", "(8 bits per byte)": one of the second unit is so many of the first
PER_ONE = _c(rf"(?:\b(?:using|use|at|with|assuming)\s+|\(\s*){F}\s*({UNIT})\s*"
             rf"(?:per\s+|/\s*|(?:to|in)\s+(?:a|one|1)\s+)(?:1\s*)?({UNIT})(?![\w²³])")
AMOUNT = _c(rf"(?<![\d.,/])(\d[\d,]*(?:\.\d+)?)\s*({UNIT})(?![\w/])")
TARGET = _c(rf"\b(?:in|into|to|as)\s+(?:(?:us|uk|imperial)\s+)?({UNIT})(?![\w/])|"
            rf"\bhow\s+many\s+(?:(?:us|uk|imperial)\s+)?({UNIT})(?![\w/])|"
            rf"\b({UNIT})\s*\?|\b(?:uses?|wants?|needs?|quotes?|lists?|expects?|works\s+in|"
            rf"reports?\s+in)\s+({UNIT})(?![\w/])")
# a number the conversion does not use ("2 dp" and "to 1 decimal" ask a rounding)
BARE = _c(r"(?<![\w.,/])\d[\d,]*(?:\.\d+)?(?![\d/])(?!\s*(?:decimal|dp\b|d\.p|places?|"
          r"sig|s\.?f\b|significant))")
SCALE = {"mcg": Fraction(1, 10 ** 6), "µg": Fraction(1, 10 ** 6), "μg": Fraction(1, 10 ** 6),
         "microgram": Fraction(1, 10 ** 6), "mg": Fraction(1, 1000),
         "milligram": Fraction(1, 1000), "g": Fraction(1), "gram": Fraction(1),
         "kg": Fraction(1000), "kilogram": Fraction(1000), "ml": Fraction(1, 1000),
         "cl": Fraction(1, 100), "dl": Fraction(1, 10), "l": Fraction(1), "litre": Fraction(1),
         "liter": Fraction(1), "mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1),
         "km": Fraction(1000), "in": Fraction("0.0254"), "inch": Fraction("0.0254"),
         "ft": Fraction("0.3048"), "feet": Fraction("0.3048"), "foot": Fraction("0.3048"),
         "kb": Fraction(1000), "mb": Fraction(10 ** 6), "gb": Fraction(10 ** 9),
         "tb": Fraction(10 ** 12), "mile": Fraction("1609.344"), "mi": Fraction("1609.344"),
         "lb": Fraction("453.59237"), "pound": Fraction("453.59237"),
         "oz": Fraction("28.349523125"), "floz": Fraction("0.0295735295625")}
KIND = {"mcg": "mass", "µg": "mass", "μg": "mass", "microgram": "mass", "mg": "mass",
        "milligram": "mass", "g": "mass", "gram": "mass", "kg": "mass", "kilogram": "mass",
        "ml": "volume", "cl": "volume", "dl": "volume", "l": "volume", "litre": "volume",
        "liter": "volume", "mm": "length", "cm": "length", "m": "length", "km": "length",
        "in": "length", "inch": "length", "ft": "length", "feet": "length", "foot": "length",
        "kb": "bytes", "mb": "bytes", "gb": "bytes", "tb": "bytes", "mile": "length",
        "mi": "length", "lb": "mass", "pound": "mass", "oz": "mass", "floz": "volume"}


ALIASES = {"sqm": "m2", "m²": "m2", "squaremetre": "m2", "squaremeter": "m2", "sqft": "ft2",
           "sqfeet": "ft2", "ft²": "ft2", "squarefeet": "ft2", "squarefoot": "ft2",
           "ha": "hectare", "w": "watt", "btu/hr": "btu/h", "btuperhour": "btu/h",
           "cuft": "ft3", "cubicfeet": "ft3", "cubicfoot": "ft3", "ft³": "ft3", "cum": "m3",
           "cubicmetre": "m3", "cubicmeter": "m3", "m³": "m3", "ct": "carat", "st": "stone",
           "t": "tonne", "metricton": "tonne", "gal": "gallon",
           # one key for the names of one unit, so "1 gal = 3.785 L" applies to "384 litres"
           "litre": "l", "liter": "l", "millilitre": "ml", "milliliter": "ml", "gram": "g",
           "kilogram": "kg", "milligram": "mg", "microgram": "mcg", "mile": "mi", "inch": "in",
           "feet": "ft", "foot": "ft", "pound": "lb", "teaspoon": "tsp", "tablespoon": "tbsp"}


def _key(unit: str) -> str:
    key = _base_key(unit)
    return ALIASES.get(key, key)


def _base_key(unit: str) -> str:
    unit = unit.lower().replace(" ", "").replace(".", "")
    if unit.startswith(("usfl", "fl", "usfluid", "fluid")):
        return "floz"
    if unit in ("inches", "lbs"):
        return unit[:-2] if unit == "inches" else "lb"
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") else unit


def _frac(text: str) -> Fraction:
    text = text.replace(",", "").replace(" ", "")
    if "/" in text:
        top, bottom = text.split("/")
        return Fraction(top) / Fraction(bottom)
    return Fraction(text)


def _rescale(value: Fraction, source: str, target: str) -> Fraction | None:
    """``value`` in ``source`` written in ``target`` when both are the same kind, else None."""
    a, b = _key(source), _key(target)
    if a == b:
        return value
    if a in SCALE and b in SCALE and KIND[a] == KIND[b]:
        return value * SCALE[a] / SCALE[b]
    return None


def stated_factor(text: str) -> Trip | None:
    """A value converted by the factor or unit definition the text states."""
    spans = [(m.start(), m.end()) for m in AMOUNT.finditer(text)]
    targets = [m for m in TARGET.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    target_m = targets[-1] if targets else None
    defined = _defined(text)
    amounts = [m for m in AMOUNT.finditer(text) if defined is None or not (
        defined[3] <= m.start() < defined[4])]
    factor = MUL.search(text) or DIV.search(text) or USING.search(text)
    if factor is not None and defined is not None and factor.start() <= defined[3] < factor.end():
        factor = None  # "use 1 fl oz = 29.57 ml": the unit defined, not a bare factor
    if target_m is None or not amounts or (factor is None and defined is None):
        return None
    target = next(g for g in target_m.groups() if g)
    amounts = [m for m in amounts if m.start() != target_m.start() and (
        factor is None or not factor.start() <= m.start() < factor.end())]
    if len(amounts) != 1:
        return None
    used = [amounts[0].span()] + ([factor.span()] if factor is not None else []) + (
        [(defined[3], defined[4])] if defined is not None else [])
    if any(not any(a <= m.start() < b for a, b in used) for m in BARE.finditer(text)):
        return None  # "serves 8 … cooking for 5 … one cup is 120 g": more than a conversion
    value, source = _frac(amounts[0].group(1)), amounts[0].group(2)
    if defined is not None:
        one, written, other = defined[0], defined[1], defined[2]
        size = _frac(written)
        if _key(one) == _key(source):  # "11 pt … (1 pt = 1/72 inch)"
            worked, unit = value * size, other
            basis = f"{_show(value)} {source} × {written} {other}"
        elif _key(other) == _key(source):  # "24,384 MB in GB (1 GB = 1000 MB)"
            worked, unit = value / size, one
            basis = f"{_show(value)} {source} ÷ {written}"
        else:
            return None
        result = _rescale(worked, unit, target)
        if result is None:
            return None
        return Trip("converted", result, _unit(target), f"{_show_exact(result)} {_unit(target)}",
                    basis)
    assert factor is not None
    number = _frac(next(g for g in factor.groups() if g))
    if number <= 0:
        return None
    if factor.re is USING:
        divide = _divide_by_using(source, target)
    else:
        divide = factor.re is DIV
    worked = value / number if divide else value * number
    scale = _rescale(Fraction(1), source, target)
    applied = 1 / number if divide else number
    if scale is None or abs(scale / applied - 1) < Fraction(1, 10):
        result = worked  # the factor is the conversion itself ("km to miles using 1.6")
    else:
        result = scale * worked  # "sodium mg × 2.5 = salt", then mg written in g
    basis = f"{_show(value)} {source} {'÷' if divide else '×'} {_show(number)}"
    return Trip("converted", result, _unit(target), f"{_show_exact(result)} {_unit(target)}",
                basis)


def _defined(text: str) -> tuple[str, str, str, int, int] | None:
    """(one unit, how many of the other, the other, where it is written) for "1 psi = 6.895
    kPa" or "using 6.895 kPa per psi"."""
    if (found := DEFINED.search(text)) is not None:
        return found.group(1), found.group(2), found.group(3), found.start(), found.end()
    if (per := PER_ONE.search(text)) is not None and _key(per.group(2)) != _key(per.group(3)):
        return per.group(3), per.group(1), per.group(2), per.start(), per.end()
    return None


def _divide_by_using(source: str, target: str) -> bool:
    """"using 38.67": mg/dL to mmol/L divides, mmol/L to mg/dL multiplies; otherwise the
    factor divides when the target unit is the larger one."""
    a, b = _key(source), _key(target)
    if "mg/dl" in a and "mol" in b:
        return True
    if "mol" in a and "mg/dl" in b:
        return False
    if a in SCALE and b in SCALE:
        return SCALE[b] > SCALE[a]
    return False


SHOWN = {"mg/dl": "mg/dL", "g/dl": "g/dL", "mmol/l": "mmol/L", "µmol/l": "µmol/L",
         "μmol/l": "μmol/L", "umol/l": "µmol/L", "nmol/l": "nmol/L", "pmol/l": "pmol/L",
         "mg/l": "mg/L", "g/l": "g/L", "ng/ml": "ng/mL", "kb": "KB", "mb": "MB", "gb": "GB",
         "tb": "TB", "gib": "GiB", "mib": "MiB", "iu": "IU", "kj": "kJ", "kwh": "kWh",
         "mj": "MJ", "btu": "BTU", "kpa": "kPa", "l": "L", "j": "J"}


def _unit(unit: str) -> str:
    return SHOWN.get(unit.lower().replace(" ", ""), unit)


def _show_exact(value: Fraction) -> str:
    """Two decimals, or three when they are all that is left ("5.725")."""
    if value != round(value, 2) and value == round(value, 3):
        return f"{float(value):,.3f}"
    return _show(value)
