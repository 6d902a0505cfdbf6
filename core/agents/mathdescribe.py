"""How an exact result is worded: the value in bold, a decimal a reader can use beside an
exact form that is not a plain number, the point two lines meet at, a turning point."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.base import AgentResult
from core.tools.mathtools import MathResult

DECIMAL_IN = re.compile(r"\d\.\d")
RATIO = re.compile(r"-?\d+/\d+")
CURVES = ("derivative", "integral", "limit", "simplify", "factor", "expand")


COLUMN = re.compile(r"\[\[[^\[\],]+\](?:, \[[^\[\],]+\])+\]")


MEET = re.compile(r"x = (-?[\d/.]+), y = (-?[\d/.]+)")
LONG = re.compile(r"-?\d+\.\d{3,}")


def _readable(decimal: str) -> str:
    """A long decimal to the hundredth beside itself: "21.93 (21.9317122)", with four places
    too when it is longer ("6.81 (6.8068; 6.80682936)"); a small one (under 0.1) to four
    places ("0.0700 (0.0700140042)"), a tiny one (under 0.001) as it is."""
    if not LONG.fullmatch(decimal) or abs(float(decimal)) < 0.001:
        return decimal
    if abs(float(decimal)) < 0.1:  # "0.0700 (0.0700140042)": four places
        if not re.fullmatch(r"-?\d+\.\d{5,}", decimal):
            return decimal
        return f"{Decimal(decimal).quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)} ({decimal})"
    hundredths = Decimal(decimal).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if re.fullmatch(r"-?\d+\.\d{5,}", decimal):  # "6.81 (6.8068; 6.80682936)": 4 places too
        places = Decimal(decimal).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        return f"{hundredths} ({places}; {decimal})"
    return f"{hundredths} ({decimal})"


def _each_readable(decimals: str) -> str:
    """"-21.9317122, 21.9317122" → "-21.93, 21.93; -21.9317122, 21.9317122"."""
    values = decimals.split(", ")
    shown = [_readable(value).split(" (")[0] for value in values]
    return decimals if shown == values else f"{', '.join(shown)}; {decimals}"


def _hundredths(result: MathResult) -> str:
    """An amount to the hundredth beside its longer value: "≈ 54.19; "."""
    if not re.fullmatch(r"-?\d+\.\d{3,}", result.decimal):
        return ""
    hundredths = Decimal(result.decimal).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"≈ {hundredths} to 2 decimals; "


def written(exact: str) -> str:
    """"9*x*(2*x + 5)" → "9x(2x + 5)": the products' stars dropped where nothing is lost."""
    shown = re.sub(r"(?<![\w.^*/])(-?\d+)\*(?=[a-z(])", r"\1", exact)
    shown = re.sub(r"(?<=[a-z)])\*(?=\()", "", shown)
    return re.sub(r"(?<![\w^.])(\d*[a-z]?)\*(?=[a-z](?![a-z(]))",
                  lambda m: m.group(1) if m.group(1) else m.group(0), shown)


def describe(result: MathResult) -> AgentResult:
    exact = result.exact
    shown = result.decimal and result.decimal != exact
    decimal = f" ≈ {_readable(result.decimal)}" if shown else ""
    verbs = {"solve": "Solved", "evaluate": "Evaluated", "derivative": "Differentiated",
             "integral": "Integrated", "limit": "Took the limit of", "simplify": "Simplified",
             "factor": "Factored", "expand": "Expanded", "determinant": "Determinant of",
             "inverse": "Inverted", "eigenvalues": "Found the eigenvalues of",
             "matmul": "Multiplied", "minimum": "Found the minimum of",
             "maximum": "Found the maximum of", "primes": "Found the prime factors of",
             "form": "Wrote"}
    verb = verbs.get(result.operation, result.operation.capitalize())
    if result.operation == "evaluate" and DECIMAL_IN.search(result.expression) and RATIO.fullmatch(
            exact) and result.decimal:
        text = f"{result.expression} = **{result.decimal}** ({_hundredths(result)}exactly {exact})"
    elif result.operation in ("evaluate", "form"):
        text = f"{result.expression} = **{exact}**{decimal}"
    elif result.operation == "primes":
        text = (f"{result.expression} is **prime**" if result.solutions == ("prime",) else
                f"{result.expression} is **not prime**: {result.expression} = **{exact}**")
    elif result.operation in ("minimum", "maximum"):
        where = f" at {' and '.join(result.solutions)}" if result.solutions else ""
        if len(result.solutions) == 1:  # the turning point itself: (5, -20)
            x, at = result.solutions[0].split(" = ", 1)  # "(y = -4), the point (5, -4)"
            where += (f" (y = {exact})" if x == "x" else "") + f", the point ({at}, {exact})"
        text = (f"{result.operation} **{exact}**{decimal}{where}" if result.solutions or
                not exact.startswith("no ") else exact.capitalize())
    elif result.operation == "derivative" and result.solutions:  # f'(x) and its value at a
        point = result.expression.rsplit(" at ", 1)[-1]
        text = f"derivative **{result.solutions[0]}**; at {point} it is **{exact}**{decimal}"
    elif result.operation == "solve":
        text = f"**{exact}**" + (f" (≈ {_each_readable(result.decimal)})" if decimal else "")
        if meet := MEET.fullmatch(exact):  # two lines meet: "x = 5, y = 6", the point (5, 6)
            text += f", the point ({meet[1]}, {meet[2]})"
    elif result.operation == "matmul" and (column := COLUMN.fullmatch(exact)):
        entries = re.findall(r"\[([^\[\],]+)\]", column.group(0))  # a vector: (6, -4, 24)
        text = f"**({', '.join(entries)})** (as a column {exact})"
    else:
        text = f"**{exact}**{decimal}"
        if result.operation in ("factor", "simplify", "expand") and (
                plain := written(exact)) != exact:
            text += f" = **{plain}**"  # as people write it: "9x(2x + 5)"
    curve = exact if result.operation in CURVES and not exact.startswith("x =") else ""
    if result.operation == "integral" and not re.search(r"(?<![a-z])[a-df-z](?![a-z(])", exact):
        curve = result.expression  # a definite integral: the curve is the integrand
    return AgentResult(ok=True, text=text, basis=f"{verb} `{result.expression}` exactly",
                       amount=amount_of(result), expression=curve)


def amount_of(result: MathResult) -> float | None:
    if (result.operation == "solve" and len(result.solutions) == 1
            and result.solutions[0].count(" = ") == 1):  # "x = 14": 14 goes on
        return amount_of(MathResult("", "", result.solutions[0].rpartition(" = ")[2]))
    for text in (result.exact, result.decimal):
        try:
            return float(Fraction(text.replace(" ", "")))
        except (ValueError, ZeroDivisionError):
            continue
    return None
