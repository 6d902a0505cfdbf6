"""A later part that works on an earlier part's result by a rate or factor it states.

"what's that in kg (1 lb = 0.4536 kg), and the dose at 10 mg per kg?", "how many kWh is
that, and the cost at 24p per kWh?", "… grams using 28.35, then calories at 3.8 kcal/g",
"the same in mph (1 mile = 1.609 km)": the later part names a rate ("N A per B", "N A/B",
"1 B = N A", "£N a B") but no amount in B of its own; the amount is the nearest earlier
result in B (or, for a factor, in A), and the rate is applied to it. Several rates are
applied one after another ("at 5.1 litres per 100 km and 1.54 per litre"), each step shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.agents.carry_units import CURRENCIES, DIMENSION, metric_factor, shown, unit_key
from core.agents.patterns import ci

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
CUR = r"[£$€]"
PER = ci(rf"(?:(?P<cur>{CUR})\s*)?(?<![\w.,])(?P<n>{NUM})(?![\d,]*\s*[:/]\s*\d)\s*"
         rf"(?:(?P<p>p)\b|(?P<top>[a-zµ]+)\b(?:\s+of\s+[a-z]+)?)?\s*"
         rf"(?:per\s+|/\s*|an?\s+(?=[a-z]{{2,}})|each\s+(?=[a-z]{{2,}}))"
         rf"(?:(?P<k>\d+(?:\.\d+)?)\s*)?(?P<base>[a-z]+(?:\s*/\s*[a-z]+)?)\b")
EQUALS = ci(rf"(?:(?P<c1>{CUR})\s*1(?![\d.])|(?<![\d.])1\s*(?P<u1>[a-z]+))\s*(?:=|is|equals)\s*"
            rf"(?P<c2>{CUR})?\s*(?P<n>{NUM})\s*(?P<u2>[a-z]+)?")
PLACES = ci(r"\b(?P<d>\d|one|two|three|no)\s*(?:dp\b|d\.p\.|decimals?\b|decimal\s+places?\b)|"
            r"\bto\s+the\s+(?P<c>cent|penny)\b|\bcents\s+please\b|"
            r"\b(?P<w>whole|nearest\s+whole)\b")
WORDS = {"one": 1, "two": 2, "three": 3, "no": 0}
MONEY = ci(r"[£$€]|\b(?:cost|costs|price|pay|spend|spent|charge|bill|pounds|dollars|euros|"
           r"pence|cents?)\b")
TARGET = ci(r"\b(?:in|into|to|as)\s+(?P<t>[a-z]+(?:/[a-z]+)?)\b|\bhow\s+many\s+(?P<h>[a-z]+)")
LENGTH = r"(?P<u>m|cm|metres?|meters?|ft|feet|inch(?:es)?)"
STRIDE = ci(rf"\b(?:stride|step\s+length|(?:each|every|one|a|per)\s+step)\s+(?:length\s+)?"
            rf"(?:is|of|=|:|being)?\s*(?:about\s+|roughly\s+)?(?P<n>{NUM})\s*{LENGTH}\b|"
            rf"(?<![\w.])(?P<m>{NUM})\s*(?P<v>m|cm|metres?|meters?|ft|feet|inch(?:es)?)\s+"
            rf"(?:stride|step(?:\s+length)?)\b")
MUL = ci(rf"(?:(?<![\w.])(?:x|×)|\btimes|\bmultiplied\s+by|\bmultiply\s+by)\s*(?P<n>{NUM})\b")
HOW_LONG = ci(r"\bhow\s+long\b|\bhow\s+many\s+(?:hours|minutes|mins|hrs)\b|\b(?:time|duration)\b")
KEEP = ci(rf"\b(?:multiply(?:\s+(?:it|that|this|the\s+result))?\s+by|multiplied\s+by|"
          rf"(?:activity\s+)?factor\s+of)\s*(?P<n>{NUM})\b")
AMOUNT = ci(rf"(?<![\w.,])(?P<n>{NUM})\s*(?P<u>[a-zµ]+(?:/[a-z]+)?)")


@dataclass(frozen=True, slots=True)
class Rate:
    factor: float  # of ``top`` per one ``base``
    top: str  # a unit key, a currency code, or "" for an amount of money in no named currency
    base: str
    symbol: str = ""  # the currency sign written, if any
    conversion: bool = False  # "1 lb = 0.4536 kg": may also be used backwards
    shown_as: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # a unit key, "a/b" for a rate unit, a currency code, or ""


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def rates(text: str) -> list[Rate]:
    """The rates and factors ``text`` states."""
    out: list[Rate] = []
    money = MONEY.search(text) is not None
    for found in EQUALS.finditer(text):
        base = CURRENCIES.get(found.group("c1") or "", "") or unit_key(found.group("u1") or "")
        top = CURRENCIES.get(found.group("c2") or "", "") or unit_key(found.group("u2") or "")
        if base and top and base != top:
            out.append(Rate(_number(found.group("n")), top, base, found.group("c2") or "",
                            True, found.group(0)))
    target = _target(text)
    for found in MUL.finditer(text):  # "the same in kilojoules, x 4.184": into the unit named
        if target in _DIMENSIONAL:
            out.append(Rate(_number(found.group("n")), target, "*", shown_as=found.group(0)))
    for found in STRIDE.finditer(text):  # "my stride is 0.75 m": a length per step
        top = unit_key(found.group("u") or found.group("v")) or "in"
        out.append(Rate(_number(found.group("n") or found.group("m")), top, "step",
                        shown_as=found.group(0)))
    if not out and target not in _DIMENSIONAL:
        for found in KEEP.finditer(text):  # "then multiply by 1.2": in the same unit
            out.append(Rate(_number(found.group("n")), "=", "=", shown_as=found.group(0)))
    for found in PER.finditer(text):
        base = unit_key(found.group("base")) or (
            "in" if found.group("base").lower() == "in" else "")  # "2.54 cm/in"
        if not base or base in {r.base for r in out}:
            continue
        factor = _number(found.group("n")) / float(found.group("k") or 1)
        top = unit_key(found.group("top") or "")
        symbol = found.group("cur") or ""
        if found.group("p"):  # "24p per kWh": pence, in pounds
            factor, top, symbol = factor / 100, "GBP", "£"
        elif symbol:
            top = CURRENCIES[symbol]
        elif found.group("top") and not top:
            continue  # "3 tablets a day": no unit the carry knows
        elif not found.group("top") and not money:
            continue  # "2 per kg" with no money in sight: not known what it counts
        conversion = bool(top) and top not in CURRENCIES.values() and base in _DIMENSIONAL \
            and top in _DIMENSIONAL
        out.append(Rate(factor, top, base, symbol, conversion, found.group(0)))
    return out


_DIMENSIONAL = frozenset({"kg", "g", "mg", "lb", "oz", "km", "m", "cm", "mm", "mi", "in",
                          "ft", "l", "ml", "gal", "cup", "tbsp", "tsp", "kcal", "kj", "kwh"})


def own_amounts(text: str, found: list[Rate]) -> set[str]:
    """The units the text gives an amount in, besides its rates ("for my 74 kg" → kg)."""
    rest = text
    for rate in found:
        rest = rest.replace(rate.shown_as, " ")
    return {unit_key(m.group("u")) for m in AMOUNT.finditer(rest)} - {""}


def places(text: str) -> int | None:
    found = PLACES.search(text)
    if found is None:
        return None
    if found.group("d"):
        digit = found.group("d").lower()
        return WORDS.get(digit, int(digit) if digit.isdigit() else 2)
    return 0 if found.group("w") else 2


def _target(text: str) -> str:
    for found in TARGET.finditer(text):
        key = unit_key(found.group("t") or found.group("h") or "")
        if key:
            return key
    return ""


TIMES = ("h", "min", "s")


def _step(value: Quantity, rate: Rate, target: str, asks_time: bool = False) -> Quantity | None:
    num, _, den = value.unit.partition("/")
    if rate.base == "step" and value.unit in ("", "step"):  # a count of steps
        return Quantity(value.value * rate.factor, rate.top)
    if rate.base == "=":
        return Quantity(value.value * rate.factor, value.unit)
    if rate.base == "*":  # "x 4.184" into another unit of the same kind
        kind = DIMENSION.get(value.unit)
        same = kind is not None and kind == DIMENSION.get(rate.top)
        return Quantity(value.value * rate.factor, rate.top) if same and \
            value.unit != rate.top else None
    if rate.base in TIMES and value.unit == rate.top and asks_time:  # 35 km at 24 km/h
        return Quantity(value.value / rate.factor, rate.base)
    if rate.base == value.unit or (rate.base == num and not den):
        return Quantity(value.value * rate.factor, rate.top)
    if (scale := metric_factor(value.unit, rate.base)) is not None and not den:
        return Quantity(value.value * scale * rate.factor, rate.top)  # 500 g at £4 per kg
    if not rate.conversion:
        return None
    if den and num == rate.base:  # 18.6 km/h with 1 km = 0.621 mi
        return Quantity(value.value * rate.factor, f"{rate.top}/{den}")
    if den and num == rate.top:  # 18.6 km/h with 1 mile = 1.609 km, "in mph"
        return Quantity(value.value / rate.factor, f"{rate.base}/{den}")
    if value.unit == rate.top and target == rate.base:
        return Quantity(value.value / rate.factor, rate.base)
    return None


def _clock(hours: float) -> str:
    """1.475 hours → "1 hour 28 minutes (88 minutes)"."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    parts = [f"{whole} hour{'s' if whole != 1 else ''}"] if whole else []
    parts += [f"{rest} minute{'s' if rest != 1 else ''}"] if rest or not whole else []
    return " ".join(parts) + (f" ({minutes} minutes)" if whole else "")


def _shown(value: float, unit: str, symbol: str, digits: int | None, priced: bool = True) -> str:
    if unit in TIMES and digits is None:
        return _clock(value * {"h": 1, "min": 1 / 60, "s": 1 / 3600}[unit])
    money = unit in CURRENCIES.values() or (not unit and priced)  # a price with no sign too
    figure = _trim(value) if digits is None and not money else f"{value:,.{digits or 2}f}" \
        if digits is None else f"{value:,.{digits}f}"
    if money:
        sign = symbol or {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit, "")
        return f"{sign}{figure}" if sign else f"{figure} {unit}".strip()
    name = shown(unit) if "/" not in unit else ("mph" if unit == "mi/h" else unit)
    return f"{figure} {name}".strip()


def _trim(value: float) -> str:
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True, slots=True)
class Carried:
    text: str
    basis: str
    amount: float
    unit: str


def carry(request: str, earlier: list[Quantity]) -> Carried | None:
    """The request worked on the nearest fitting earlier result (``earlier``: nearest
    first), or None when no rate it states fits one."""
    found = rates(request)
    if not found:
        return None
    own = own_amounts(request, found)
    usable = [r for r in found if r.base not in own]
    target = _target(request)
    digits = places(request)
    timed = HOW_LONG.search(request) is not None
    for start in earlier:
        value, left, steps = start, list(usable), []
        while left:
            for rate in left:
                if (after := _step(value, rate, target, timed)) is not None:
                    steps.append((value, rate, after))
                    value = after
                    left.remove(rate)
                    break
            else:
                break
        if steps:
            end = steps[-1][2]
            scale = metric_factor(end.unit, target) if target and target != end.unit else None
            if scale is not None:  # "… what's my daily target in litres": the unit asked
                steps.append((end, Rate(scale, target, end.unit, shown_as=f"in {shown(target)}"),
                              Quantity(end.value * scale, target)))
            return _written(steps, digits)
    return None


def _written(steps: list[tuple[Quantity, Rate, Quantity]], digits: int | None) -> Carried:
    lines = []
    for index, (before, rate, after) in enumerate(steps):
        figure = _shown(after.value, after.unit, rate.symbol,
                        digits if index == len(steps) - 1 else None)
        how = "" if rate.shown_as.startswith("in ") else f" ({rate.shown_as.strip()})"
        lines.append(f"{_shown(before.value, before.unit, '', None, False)}{how} → **{figure}**")
    end = steps[-1][2]
    text = "\n".join(lines)
    basis = "Worked on the result before by the rate given"
    return Carried(text, basis, end.value, end.unit)


__all__ = ["Carried", "Quantity", "Rate", "carry", "own_amounts", "places", "rates"]
