"""Common health calculations, each answer carrying a short safety note.

Pure arithmetic (no worker needed): BMI, BMR (Mifflin–St Jeor), daily water, heart-rate
zones (220 − age) and dose timing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from core.tools.workers import ToolRefused

SAFETY_NOTE = ("This is general information, not medical advice; check with a doctor or "
               "pharmacist for decisions about your health.")
DOSE_NOTE = ("Always follow the label or your prescriber's instructions and never exceed "
             "the maximum daily dose.")
Sex = Literal["female", "male"]


@dataclass(frozen=True, slots=True)
class HealthResult:
    name: str
    value: str
    basis: str
    detail: str = ""
    note: str = SAFETY_NOTE
    amount: float | None = None  # the value, unrounded, for a later conversion
    unit: str = ""  # its unit ("litres", "mg"), named so a conversion can read it


def _two(value: float) -> str:
    """To the hundredth, without trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _whole(value: float) -> int:
    """Rounded half up, as people round a reading."""
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def bpm(value: float) -> str:
    """A heart rate to the hundredth, with the whole beats beside a fraction."""
    shown = _two(value)
    if "." not in shown:
        return f"{shown} bpm"
    tenth = f"{value:.1f}"
    if tenth.endswith(".0") or len(shown.partition(".")[2]) < 2:
        return f"{shown} bpm (about {_whole(value)} bpm)"
    return f"{shown} bpm ({tenth} bpm, about {_whole(value)} bpm)"


def kcal(value: float, per: str = "/day") -> str:
    """Energy to the hundredth, with the whole kcal beside a fraction."""
    shown = _two(value)
    whole = f"{_whole(value)}{' kcal' + per}"
    return f"{shown} kcal{per}" if "." not in shown else f"{shown} kcal{per} (about {whole})"


def _check(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ToolRefused(f"{name} should be between {low:g} and {high:g}")


def _category(bmi: float) -> str:
    if bmi < 18.5:
        return "underweight"
    if bmi < 25:
        return "in the healthy range"
    return "overweight" if bmi < 30 else "in the obese range"


async def bmi(weight_kg: float, height_cm: float) -> HealthResult:
    """Body-mass index from weight and height.

    Args:
        weight_kg: weight in kilograms
        height_cm: height in centimetres
    """
    _check("weight", weight_kg, 2, 400)
    _check("height", height_cm, 40, 260)
    value = weight_kg / (height_cm / 100) ** 2
    return HealthResult("BMI", _two(value), f"{weight_kg:g} kg ÷ ({height_cm / 100:g} m)²",
                        f"about {value:.1f}, which is {_category(value)} for adults",
                        amount=value)


async def healthy_weight(height_cm: float) -> HealthResult:
    """The weight range with a BMI of 18.5 to 24.9 for a height.

    Args:
        height_cm: height in centimetres
    """
    _check("height", height_cm, 40, 260)
    metres = height_cm / 100
    low, high = 18.5 * metres**2, 24.9 * metres**2
    return HealthResult("healthy weight range", f"{low:.1f}–{high:.1f} kg",
                        f"BMI 18.5 to 24.9 × ({metres:g} m)²", "for adults")




async def weight_for_bmi(height_cm: float, bmi: float, weight_kg: float | None = None,
                         pounds: bool = False) -> HealthResult:
    """The weight that gives a BMI at a height (and the change from a present weight).

    Args:
        height_cm: height in centimetres
        bmi: the body-mass index aimed at
        weight_kg: the present weight in kilograms, if known
        pounds: show the weight in pounds first
    """
    _check("height", height_cm, 40, 260)
    _check("BMI", bmi, 10, 70)
    metres = height_cm / 100
    kg = bmi * metres**2
    lb = kg / 0.45359237
    value, other = (f"{_two(lb)} lb", f"{kg:.1f} kg") if pounds else (f"{_two(kg)} kg",
                                                                        f"{lb:.1f} lb")
    rounded = f"{lb:.1f} lb" if pounds else f"{kg:.1f} kg"
    detail = f"about {rounded}, {other}"
    if weight_kg is not None:
        _check("weight", weight_kg, 2, 400)
        change = weight_kg - kg
        shown = f"{_two(abs(change) / 0.45359237)} lb" if pounds else f"{_two(abs(change))} kg"
        detail += (f"; {shown} to lose from {weight_kg:g} kg" if change > 0.05 else
                   f"; {shown} to gain from {weight_kg:g} kg" if change < -0.05 else
                   "; about what you weigh now")
    return HealthResult(f"weight for a BMI of {bmi:g}", value, f"{bmi:g} × ({metres:g} m)²",
                        detail, amount=lb if pounds else kg, unit="lb" if pounds else "kg")


async def bmr(weight_kg: float, height_cm: float, age: int, sex: Sex) -> HealthResult:
    """Basal metabolic rate (Mifflin–St Jeor), kcal per day.

    Args:
        weight_kg: weight in kilograms
        height_cm: height in centimetres
        age: age in years
        sex: female or male
    """
    _check("weight", weight_kg, 2, 400)
    _check("height", height_cm, 40, 260)
    _check("age", age, 1, 120)
    offset = 5 if sex == "male" else -161
    value = 10 * weight_kg + 6.25 * height_cm - 5 * age + offset
    basis = f"10×{weight_kg:g} + 6.25×{height_cm:g} − 5×{age} {'+ 5' if offset > 0 else '− 161'}"
    return HealthResult("BMR", kcal(value), basis, amount=value, unit="kcal/day")


async def daily_water(weight_kg: float) -> HealthResult:
    """A common guide for daily water intake: 35 ml per kg of body weight.

    Args:
        weight_kg: weight in kilograms
    """
    _check("weight", weight_kg, 2, 400)
    litres = weight_kg * 0.035
    return HealthResult("daily water", f"{litres:.1f} litres", f"{weight_kg:g} kg × 35 ml",
                        "more in heat or with exercise", amount=litres, unit="litres")


async def heart_rate_zones(age: int) -> HealthResult:
    """Heart-rate training zones from the estimated maximum (220 − age).

    Args:
        age: age in years
    """
    _check("age", age, 5, 120)
    top = 220 - age
    zones = [(1, 0.5, 0.6), (2, 0.6, 0.7), (3, 0.7, 0.8), (4, 0.8, 0.9), (5, 0.9, 1.0)]
    detail = "; ".join(f"zone {z}: {round(top * lo)}–{round(top * hi)} bpm" for z, lo, hi in zones)
    return HealthResult("maximum heart rate", f"{top} bpm", f"220 − {age}", detail)


async def heart_rate_band(age: int, low: int, high: int) -> HealthResult:
    """The heart rates between two percentages of the estimated maximum (220 − age).

    Args:
        age: age in years
        low: lower percentage of the maximum
        high: upper percentage of the maximum
    """
    _check("age", age, 5, 120)
    _check("percentage", low, 1, 100)
    _check("percentage", high, low, 100)
    top = 220 - age
    bottom, upper = top * low / 100, top * high / 100
    whole = bottom == int(bottom) and upper == int(upper)
    return HealthResult(f"{low}–{high}% of maximum heart rate",
                        f"{bottom:.0f}–{upper:.0f} bpm" if whole else
                        f"{_two(bottom)} bpm to {_two(upper)} bpm",
                        f"{low}% and {high}% of (220 − {age}) = {top} bpm",
                        f"from {bottom:.0f} bpm to {upper:.0f} bpm" if whole else
                        f"about {_whole(bottom)}–{_whole(upper)} bpm")


async def heart_rate_share(age: int, percent: float) -> HealthResult:
    """The heart rate at one percentage of the estimated maximum (220 − age).

    Args:
        age: age in years
        percent: percentage of the maximum
    """
    _check("age", age, 5, 120)
    _check("percentage", percent, 1, 100)
    top = 220 - age
    return HealthResult(f"{percent:g}% of maximum heart rate", bpm(top * percent / 100),
                        f"{percent:g}% of (220 − {age}) = {percent:g}% of {top} bpm")


async def pulse_share(age: int, pulse: int) -> HealthResult:
    """A heart rate as a percentage of the estimated maximum (220 − age).

    Args:
        age: age in years
        pulse: heart rate in beats per minute
    """
    _check("age", age, 5, 120)
    _check("heart rate", pulse, 30, 250)
    top = 220 - age
    share = pulse / top * 100
    exact = f"{share:.2f}".rstrip("0").rstrip(".") + "%"
    shown = f"{share:.1f}%".replace(".0%", "%")
    return HealthResult("share of maximum heart rate", shown,
                        f"{pulse} ÷ (220 − {age}) = {pulse} ÷ {top} bpm",
                        detail=f"{exact} to two decimals" if exact != shown else "")


async def dose_times(first: str, every_hours: float, doses: int) -> HealthResult:
    """Clock times for doses taken at a fixed interval.

    Args:
        first: time of the first dose, "HH:MM" (24-hour)
        every_hours: hours between doses
        doses: how many doses
    """
    try:
        start = datetime.strptime(first.strip(), "%H:%M")
    except ValueError:
        raise ToolRefused("write the first time as HH:MM, e.g. 08:00") from None
    _check("interval", every_hours, 0.5, 72)
    _check("number of doses", doses, 1, 24)
    times = [start + timedelta(hours=every_hours * i) for i in range(doses)]
    shown = ", ".join(t.strftime("%H:%M") for t in times)
    return HealthResult("dose times", shown, f"{first} + every {every_hours:g} h × {doses}",
                        note=DOSE_NOTE)


async def dose_total(per_dose: float, unit: str, every_hours: float, hours: float) -> HealthResult:
    """The amount taken over a period when a dose is taken at a fixed interval.

    Args:
        per_dose: amount taken each time
        unit: its unit ("mg", "ml", "g")
        every_hours: hours between doses
        hours: the period asked about, in hours
    """
    _check("interval", every_hours, 0.5, 72)
    _check("period", hours, 1, 24 * 31)
    _check("dose", per_dose, 0.001, 100_000)
    doses = int(hours // every_hours + 1e-9)
    total = per_dose * doses
    return HealthResult(f"total over {hours:g} h", f"{total:g} {unit}",
                        f"{per_dose:g} {unit} × {doses} doses (every {every_hours:g} h)",
                        note=DOSE_NOTE, amount=total, unit=unit)
