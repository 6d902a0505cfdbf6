"""Several named values asked at once, each worked out exactly and shown as asked.

A reader asks for them as one expression: parts joined by ``;;``, each ``name|expression|unit``
("area|pi*(10)^2|cm²;;circumference|2*pi*(10)|cm"). An expression starting ``line:`` is a
straight line ``line:slope,intercept``; ``tangent:f,a`` is the tangent to y = f(x) at x = a.
``curve:f`` is not shown but kept as the curve a later part may plot; ``text:`` is shown as
it is; ``roots:f`` solves f = 0 and ``disc:f`` is the discriminant
of a quadratic f. A whole or a fraction is shown as it is; anything else to two decimals with
its exact form beside it ("area **314.16 cm²** (exactly 100*pi)").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.base import AgentResult, failed
from core.tools.calculator import MathTools
from core.tools.workers import ToolError

RATIONAL = re.compile(r"-?\d+(?:/\d+)?")


def encode(*parts: tuple[str, str, str]) -> str:
    """The parts as one expression for :func:`several`."""
    return ";;".join("|".join(part) for part in parts)


def line(slope: Fraction, intercept: Fraction, name: str = "y", variable: str = "x") -> str:
    """"y = -x + 10", "y = (1/3)x - 2", "y = 4": a straight line as people write it."""
    if slope == 0:
        return f"{name} = {intercept}"
    factor = "" if slope == 1 else "-" if slope == -1 else (
        f"({slope})" if slope.denominator != 1 else str(slope))
    text = f"{name} = {factor}{variable}"
    if intercept:
        text += f" {'+' if intercept > 0 else '-'} {abs(intercept)}"
    return text


def _shown(exact: str, decimal: str, unit: str) -> str:
    tail = f" {unit}" if unit else ""
    if (RATIONAL.fullmatch(exact.replace(" ", "")) and not (unit and "/" in exact)) or not decimal:
        return f"**{exact}{tail}**"
    rounded = Decimal(decimal).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"**{rounded}{tail}** (exactly {exact})"


def two_places(shown: str) -> str:
    """" (≈ 0.46)" beside a long decimal, as people quote it; "" for a short one."""
    if not re.fullmatch(r"-?\d+\.\d{5,}", shown):
        return ""
    return f" (≈ {Decimal(shown).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)})"


def _clock(exact: str, unit: str) -> str:
    """" (1 h 20 min)" beside a part of an hour: "**4/3 hours**" is hard to read."""
    if unit not in ("hours", "h") or not RATIONAL.fullmatch(exact) or "/" not in exact:
        return ""
    minutes = round(Fraction(exact) * 60)
    return f" ({minutes // 60} h {minutes % 60} min)" if minutes > 0 else ""


def _decimals(told: str) -> str:
    """" = (5, -0.5)" beside a point with fractions in it: "(5, -1/2)"."""
    if not re.search(r"\d/\d", told):
        return ""

    def decimal(match: re.Match[str]) -> str:
        value = Decimal(Fraction(match.group(0)).numerator) / Fraction(match.group(0)).denominator
        shown = format(value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP), "f")
        return shown.rstrip("0").rstrip(".")

    return " = " + re.sub(r"-?\d+/\d+", decimal, told)


async def _line(tools: MathTools, spec: str) -> tuple[str, float | None]:
    if spec.startswith("line:"):
        rise, _, intercept = spec[5:].partition(",")
        return f"**{line(Fraction(rise), Fraction(intercept))}**", None
    curve, _, at = spec[8:].rpartition(",")
    gradient = await tools.derivative(curve, "x")
    slope = await tools.calculate(re.sub(r"(?<![a-z])x(?![a-z(])", f"({at})", gradient.exact))
    height = await tools.calculate(re.sub(r"(?<![a-z])x(?![a-z(])", f"({at})", curve))
    if RATIONAL.fullmatch(slope.exact) and RATIONAL.fullmatch(height.exact):
        m, y0 = Fraction(slope.exact), Fraction(height.exact)
        return f"**{line(m, y0 - m * Fraction(at))}** (slope {m}, through ({at}, {y0}))", None
    crossing = await tools.calculate(f"({height.exact}) - ({slope.exact})*({at})")
    return f"**y = {slope.exact}*x + {crossing.exact}**", None


def _told(name: str, spec: str) -> str:
    """How a part was worked out, for the basis line."""
    kind, _, rest = spec.partition(":")
    if kind == "line":
        slope, _, intercept = rest.partition(",")
        return f"{name}: slope {slope}, intercept {intercept}"
    if kind == "tangent":
        curve, _, at = rest.rpartition(",")
        return f"{name}: y = {curve} and its derivative at x = {at}"
    told = {"text": f"{name} = {rest}", "roots": f"{name}: {rest} = 0 solved",
            "disc": f"{name}: b^2 - 4ac of {rest}"}
    return told.get(kind, f"{name} = {spec}") if rest else f"{name} = {spec}"


async def _discriminant(tools: MathTools, curve: str) -> tuple[str, float | None]:
    """b² − 4ac of a quadratic in x, read from its value and slopes at 0."""
    slope = await tools.derivative(curve, "x")
    bend = await tools.derivative(slope.exact, "x")
    at_zero = [re.sub(r"(?<![a-z])x(?![a-z(])", "(0)", e) for e in (curve, slope.exact)]
    value = await tools.calculate(f"({at_zero[1]})^2 - 2*({bend.exact})*({at_zero[0]})")
    return f"**{value.exact}**", float(Fraction(value.exact)) if RATIONAL.fullmatch(
        value.exact) else None


async def several(tools: MathTools, expression: str) -> AgentResult:
    """Each named part worked out: "gcd **9**; lcm **135**"."""
    try:
        return await _several(tools, expression)
    except (ToolError, ValueError, ArithmeticError) as exc:
        return failed(f"the calculation was refused: {getattr(exc, 'reason', 'no value')}")


async def _several(tools: MathTools, expression: str) -> AgentResult:
    shown: list[str] = []
    first: float | None = None
    curve = ""
    for part in expression.split(";;"):
        name, spec, unit = [*part.split("|"), "", ""][:3]
        if spec.startswith("line:"):  # a straight line a later part may plot
            rise, _, cut = spec[5:].partition(",")
            curve = line(Fraction(rise), Fraction(cut)).partition(" = ")[2]
        if spec.startswith("curve:"):
            curve = spec[6:]
            continue
        if spec.startswith(("line:", "tangent:")):
            text, amount = await _line(tools, spec)
        elif spec.startswith("text:"):
            text, amount = f"**{spec[5:]}**" + _decimals(spec[5:]), None
        elif spec.startswith("roots:"):
            roots = await tools.solve(f"{spec[6:]} = 0", "x")
            text, amount = f"**{roots.exact}**", None
        elif spec.startswith("disc:"):
            text, amount = await _discriminant(tools, spec[5:])
        else:
            result = await tools.calculate(spec)
            text = _shown(result.exact, result.decimal, unit) + _clock(result.exact, unit)
            try:
                amount = float(Fraction(result.exact.replace(" ", "")))
            except (ValueError, ZeroDivisionError):
                amount = float(result.decimal) if result.decimal else None
        first = amount if first is None else first
        shown.append(f"{name} {text}" if name else text)
    basis = "; ".join(_told(*[*p.split("|"), ""][:2]) for p in expression.split(";;")
                      if "|curve:" not in p)
    return AgentResult(ok=True, text="; ".join(shown), basis=f"Worked out {basis} exactly",
                       amount=first, expression=curve)
