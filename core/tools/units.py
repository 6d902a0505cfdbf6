"""Unit conversion with pint (in a tool worker) and currency at fixed reference rates."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.tools.unitnames import COMPOUNDS, registry
from core.tools.workers import ToolRefused, WorkerPool

# Reference rates (units of currency per 1 EUR). Offline by design: answers say which rate
# was used and that rates move.
RATES_DATE = "2026-01-02"
EUR_RATES: dict[str, float] = {"EUR": 1.0, "USD": 1.17, "GBP": 0.87, "JPY": 183.0,
                               "CHF": 0.93, "CAD": 1.61, "AUD": 1.75, "INR": 105.0}
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD", "dollars": "USD",
    "usd": "USD", "$": "USD", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "£": "GBP",
    "yen": "JPY", "jpy": "JPY", "¥": "JPY", "franc": "CHF", "francs": "CHF", "chf": "CHF",
    "cad": "CAD", "aud": "AUD", "inr": "INR", "rupees": "INR",
}
ALIASES = {"celsius": "degC", "°c": "degC", "c": "degC", "fahrenheit": "degF", "°f": "degF",
           "f": "degF", "kelvin": "kelvin", "k": "kelvin", "lbs": "lb", "pounds": "lb",
           "stones": "stone", "feet": "foot", "ft": "foot", "inches": "inch", "in": "inch",
           "cups": "cup", "miles": "mile", "mph": "mile/hour", "kph": "km/hour",
           "km/h": "km/hour", "litres": "liter", "litre": "liter", "liters": "liter",
           "l": "liter", "ml": "milliliter", "kgs": "kg", "grams": "gram", "g": "gram",
           "ounces": "ounce", "oz": "ounce", "gallons": "gallon", "yards": "yard",
           "metres": "meter", "metre": "meter", "meters": "meter", "m": "meter",
           "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
           "centimetres": "cm", "centimeters": "cm", "kilograms": "kg", "kilogram": "kg",
           "hours": "hour", "minutes": "minute", "seconds": "second", "days": "day",
           "calories": "kilocalorie", "kcal": "kilocalorie", "kj": "kilojoule",
           "tablespoons": "tablespoon", "tbsp": "tablespoon", "teaspoons": "teaspoon",
           "tsp": "teaspoon", "acres": "acre", "hectares": "hectare", "psi": "psi",
           "mmhg": "mmHg", "mg/dl": "mg/dL", "mmol/l": "mmol/L"}
GLUCOSE = {"milligram/deciliter": 1.0, "millimole/liter": 18.016}
LABELS = {"milligram/deciliter": "mg/dL", "millimole/liter": "mmol/L"}
UNIT_TEXT = re.compile(r"^[A-Za-z°/ ^0-9*_²³µ]{1,40}$")


@dataclass(frozen=True, slots=True)
class Conversion:
    value: float
    source: str
    result: float
    target: str
    note: str = ""
    shown: str = ""  # the result told in several units ("9 st 4 lb")

    def basis(self) -> str:
        value = f"{self.value:.2f}" if self.note else plain_number(self.value)
        return f"{value} {self.source} → {self.target}"

    def text(self) -> str:
        if self.note:  # money: the amount as given (with cents), the result to the cent
            cents = f"{self.result:.2f}".rstrip("0").rstrip(".")
            return f"{self.value:.2f} {self.source} = **{cents} {self.target}**"
        if self.shown:
            return f"{plain_number(self.value)} {self.source} = **{self.shown}**"
        shown = plain_number(self.result)
        text = f"{plain_number(self.value)} {self.source} = **{shown} {self.target}**"
        if self.source == "mm" and self.target == "in" and abs(self.result) < 100 and \
                f"{self.result:.3f}" != f"{self.result:.2f}0":  # drill sizes: the thousandth
            text += f" ({self.result:.3f} in)"
        elif 1e-3 <= abs(self.result) < 1 and float(f"{self.result:.3g}") != float(shown):
            text += f" ({self.result:.3g} {self.target})"  # a small amount: three figures
        elif 1 <= abs(self.result) < 1000 and round(self.result, 3) != round(self.result, 2):
            text += f" ({self.result:.3f} {self.target})"  # "5.725 g": the thousandth kept
        return _rounded(text, self.result, self.target)


def _rounded(text: str, result: float, target: str) -> str:
    """A result with hundredths also to one decimal, as scales, thermometers and gauges show
    it ("38.33 °C (about 38.3 °C)"), and a large one also whole ("4394 g")."""
    forms = [f"{result:.1f} {target}"] if abs(result) >= 1 and round(result * 100) % 10 else []
    if abs(result) >= 1000 and round(result * 100) % 100:
        forms.append(f"{round(result)} {target}")
    if not forms:
        return text
    said = "about " + ", ".join(forms)
    if text.endswith(")"):
        return f"{text[:-1]}; {said})"
    return f"{text} ({said})"


def _size(parts: tuple[tuple[str, str, float], ...], index: int) -> float:
    """How many of the smallest unit one of ``parts[index]`` holds."""
    size = 1.0
    for _, _, inner in parts[index:-1]:
        size *= inner
    return size


def _told(count: float, label: str) -> str:
    if len(label) <= 2:  # a symbol: "8 lb 3 oz"
        return f"{plain_number(count)} {label}"
    return f"{plain_number(count)} {label}{'' if count == 1 else 's'}"


def compound(smallest: float, parts: tuple[tuple[str, str, float], ...]) -> str:
    """An amount of the smallest unit told in whole larger ones and the rest rounded to a
    whole smallest unit ("9 st 4 lb"), with the rest to the hundredth beside when it was
    not whole ("(9 st 4.07 lb)")."""
    negative, smallest = smallest < 0, abs(smallest)

    def split(total: float) -> list[float]:
        counts = []
        for index in range(len(parts) - 1):
            whole = total // _size(parts, index)
            counts.append(whole)
            total -= whole * _size(parts, index)
        return [*counts, total]

    rounded = split(float(round(smallest)))
    exact = split(smallest)
    labels = [label for _, label, _ in parts]

    def told(counts: list[float]) -> str:
        first = next((i for i, c in enumerate(counts) if c), len(counts) - 1)
        text = " ".join(_told(c, lab) for c, lab in zip(counts[first:], labels[first:],
                                                       strict=True))
        return f"−{text}" if negative else text

    shown = told(rounded)
    if abs(smallest - round(smallest)) >= 0.005:
        shown += f" ({told([*exact[:-1], round(exact[-1], 2)])})"
    return shown


def plain_number(value: float) -> str:
    """Plain digits (no thousands separators), to the hundredth; very large or very small
    values in scientific notation."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    if abs(value) >= 1e12 or abs(value) < 1e-3:
        return f"{value:.4g}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def unit_name(text: str) -> str:
    cleaned = text.strip().lower().rstrip(".?!")
    return ALIASES.get(cleaned, ALIASES.get(cleaned.rstrip("s"), text.strip().rstrip(".?!")))


def currency_code(text: str) -> str | None:
    word = text.strip().lower()
    if word.upper() in EUR_RATES:
        return word.upper()
    return CURRENCY_WORDS.get(word)


def convert_currency(value: float, source: str, target: str) -> Conversion:
    result = value / EUR_RATES[source] * EUR_RATES[target]
    rate = EUR_RATES[target] / EUR_RATES[source]
    note = (f"at the reference rate 1 {source} = {rate:.4f} {target} ({RATES_DATE}); "
            "today's rate may differ")
    return Conversion(value, source, round(result, 2), target, note)


def convert_units_sync(value: float, source: str, target: str) -> tuple[float, str, str]:
    """Blocking, in a worker: convert with pint; returns (result, source, target) names."""
    import pint

    ureg = registry()
    try:
        quantity = ureg.Quantity(value, ureg.parse_units(source))
        result = quantity.to(ureg.parse_units(target))
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, KeyError):
        raise ToolRefused(f"I cannot convert {source} to {target}") from None
    return float(result.magnitude), _label(f"{quantity.units:~P}"), _label(f"{result.units:~P}")


def _label(unit: str) -> str:
    """pint's short name as people write it ("imperial_pt" → "pt (UK)")."""
    unit = re.sub(r"\bimperial_(\w+)", r"\1 (UK)", unit)  # "24.64 pt (UK)": the figure by its unit
    unit = unit.replace("stick_of_butter", "sticks of butter")
    unit = {"toz": "troy oz", "mi/gal": "mpg", "mi / gal": "mpg", "Btu_it": "BTU",
            "international_acre": "acre", "cp": "cup", "metric_horsepower": "PS",
            "ft·lbf": "lb-ft", "in·lbf": "in-lb", "lbf·in": "in-lb", "m·N": "N·m", "floz": "fl oz",
            "floz (UK)": "fl oz (UK)"}.get(unit, unit)
    return unit.replace("_", " ")


class UnitTools:
    def __init__(self, pool: WorkerPool, timeout: float = 5.0) -> None:
        self._pool = pool
        self._timeout = timeout

    async def convert(self, value: float, source: str, target: str) -> Conversion:
        """Convert a quantity between units (or currencies, at fixed reference rates).

        Args:
            value: the number to convert
            source: its unit, e.g. "km", "degF", "USD"
            target: the unit wanted, e.g. "mile", "degC", "EUR"
        """
        src_cur, dst_cur = currency_code(source), currency_code(target)
        if src_cur and dst_cur:
            return convert_currency(value, src_cur, dst_cur)
        src, dst = unit_name(source), unit_name(target)
        if {src, dst} == set(GLUCOSE):  # blood glucose, by its molar mass
            result = value * GLUCOSE[src] / GLUCOSE[dst]
            return Conversion(value, LABELS[src], result, LABELS[dst])
        if src == "hand" and value != int(value) and round(value * 10) == value * 10 and \
                1 <= round(value * 10) % 10 <= 3:  # "15.2 hands": 15 hands and 2 inches
            inches = int(value) * 4 + round(value * 10) % 10
            made = await self.convert(inches, "inch", target)
            return Conversion(value, "hands (hands.inches)", made.result, made.target)
        if dst in COMPOUNDS:  # "in stone and pounds": whole stone and the pounds left
            parts = COMPOUNDS[dst][1]
            made = await self.convert(value, source, parts[-1][0])
            return replace(made, target=parts[0][1], result=made.result / _size(parts, 0),
                           shown=compound(made.result, parts))
        if not (UNIT_TEXT.match(src) and UNIT_TEXT.match(dst)):
            raise ToolRefused("I did not recognise those units")
        result, src_label, dst_label = await self._pool.run(
            convert_units_sync, value, src, dst, time_limit=self._timeout)
        if abs(result) < 1e-9 * max(1.0, abs(value)):  # 32 °F is 0 °C, not 5.7e-14 °C
            result = 0.0
        return Conversion(value, src_label, result, dst_label)
