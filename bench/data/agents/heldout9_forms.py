"""Answer forms shared by the round-9 modules (``Y_*``, dev now): rounding without ties,
numbers with and without trailing zeros and thousands commas, money, percentages and
exact fractions."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

F = Fraction


def tie(x: Fraction, places: int = 2) -> bool:
    """True when rounding x to this many places is a tie (replies could round either way)."""
    scaled: Fraction = x * 10**places
    return (scaled * 2).denominator == 1 and scaled.denominator != 1


def rounded(x: Fraction, places: int = 2) -> Fraction:
    scaled = x * 10**places
    whole = math.floor(scaled + F(1, 2)) if x >= 0 else -math.floor(-scaled + F(1, 2))
    return F(whole, 10**places)


def num(x: Fraction | int, places: int = 2) -> list[str]:
    """x rounded: trailing zeros dropped and kept, with and without thousands commas."""
    r = rounded(F(x), places)
    fixed = f"{Decimal(r.numerator) / Decimal(r.denominator):.{places}f}" if places else \
        str(int(r))
    short = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    forms = [short, fixed]
    for f in (short, fixed):
        head, _, tail = f.partition(".")
        if abs(int(head)) >= 1000:
            forms.append(f"{int(head):,}" + (f".{tail}" if tail else ""))
    return list(dict.fromkeys(forms))


def money(x: Fraction | int) -> list[str]:
    """An amount to the cent, with and without trailing zeros ("2.50", "2.5", "3")."""
    r = rounded(F(x))
    fixed = f"{Decimal(r.numerator) / Decimal(r.denominator):.2f}"
    forms = [fixed, fixed.rstrip("0").rstrip(".")]
    if abs(r) >= 1000:
        forms += [f"{int(f.split('.')[0]):,}" + f[len(f.split('.')[0]):] for f in forms]
    return list(dict.fromkeys(forms))


def pct(x: Fraction) -> list[str]:
    return [f"{v}{gap}" for v in num(x) for gap in ("%", " %", " percent")]


def frac(x: Fraction) -> list[str]:
    """The exact fraction, plus the terminating decimal when there is one."""
    out = [str(x)]
    if (x * 10**6).denominator == 1 and x.denominator != 1:
        out.append(f"{float(x):.6f}".rstrip("0"))
    return out


def show(x: Fraction | int) -> str:
    return num(F(x), 4)[0]


def cash(x: Fraction | int) -> str:
    return money(x)[0]


def safe(x: Fraction, places: int = 2) -> bool:
    return not tie(x, places)
