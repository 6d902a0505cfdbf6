"""Exact math: arithmetic, algebra, calculus, linear algebra and statistics with SymPy.

``compute(operation, source, variable, extra)`` runs inside a tool worker (see
:mod:`core.tools.workers`); the async tools in :mod:`core.tools.math` call it there.
Every result is exact where SymPy can make it so, with a decimal beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from core.tools import mathparse
from core.tools.workers import ToolRefused

Operation = Literal["evaluate", "form", "solve", "simplify", "factor", "expand", "derivative",
                    "integral", "limit", "determinant", "inverse", "eigenvalues", "matmul",
                    "mean", "median", "stdev", "variance", "sum", "minimum", "maximum", "extremum",
                    "primes"]
OPERATIONS: tuple[str, ...] = Operation.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class MathResult:
    operation: str
    expression: str
    exact: str
    decimal: str = ""
    solutions: tuple[str, ...] = ()

    def basis(self) -> str:
        return f"{self.operation} of {self.expression}"


def compute(operation: str, source: str, variable: str = "", extra: str = "") -> MathResult:
    import sympy as sp

    if operation not in OPERATIONS:
        raise ToolRefused(f"unknown operation {operation[:20]!r}")
    if operation == "matmul":
        return _product(sp, source)
    if operation in ("determinant", "inverse", "eigenvalues"):
        return _matrix(sp, operation, source)
    if operation in ("mean", "median", "stdev", "variance", "sum"):
        return _stats(sp, operation, source)
    if operation == "solve":
        return _solve(sp, source, variable)
    if operation == "primes":
        return _primes(sp, source)
    expr = _expr(source)
    symbol = _variable(sp, expr, variable)
    if operation in ("minimum", "maximum", "extremum"):
        return _extremum(sp, operation, expr, symbol)
    handlers: dict[str, Any] = {
        "evaluate": lambda: sp.simplify(expr) if expr.free_symbols or expr.has(sp.log) else expr,
        "form": lambda: expr,  # as written, in a form asked for: (x - 8)^2 + 11
        "simplify": lambda: sp.simplify(expr),
        "factor": lambda: sp.factor(expr),
        "expand": lambda: sp.expand(expr),
        "derivative": lambda: _polished(sp, sp.diff(expr, symbol)),
        "integral": lambda: _integral(sp, expr, symbol, extra),
        "limit": lambda: sp.limit(expr, symbol, _expr(extra or "0")),
    }
    value = handlers[operation]()
    shown = _show(mathparse.normalise(source)) if operation == "evaluate" else _show(expr)
    return MathResult(operation, shown, _show(_by_degree(sp, value)), _decimal(sp, value))


def _by_degree(sp: Any, value: Any) -> Any:
    """A polynomial in one unknown written highest power first, as people write it:
    "-2*x + 6", not "6 - 2*x"."""
    symbols: set[Any] = getattr(value, "free_symbols", set())
    if len(symbols) != 1 or not isinstance(value, sp.Add) or not value.is_polynomial(*symbols):
        return value
    return sp.sstr(value, order="lex")


def _expr(source: str) -> Any:
    value = mathparse.build(mathparse.normalise(source))
    if isinstance(value, list):
        raise ToolRefused("expected a single expression, not a list")
    return value


def _primes(sp: Any, source: str) -> MathResult:
    """A whole number's prime factors ("2^3 × 3^2 × 5"); solutions say prime or composite."""
    number = _expr(source)
    if not (number.is_Integer and 2 <= number <= 10**15):
        raise ToolRefused("prime factors need a whole number from 2 to 10^15")
    factors = sorted(sp.factorint(number).items())
    shown = " × ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factors)
    kind = "prime" if sp.isprime(number) else "composite"
    return MathResult("primes", str(number), shown, "", (kind,))


def _variable(sp: Any, expr: Any, name: str) -> Any:
    if name:
        mathparse.check(name)
        return sp.Symbol(name)
    symbols = sorted(expr.free_symbols, key=lambda s: (s.name != "x", s.name))
    return symbols[0] if symbols else sp.Symbol("x")


def _polished(sp: Any, value: Any) -> Any:
    """A polynomial result written out term by term: 3*x^2 + 4*x + 9, not x^2 + 2*x*(x + 2) + 9."""
    symbols = sorted(value.free_symbols, key=lambda s: s.name)
    return sp.expand(value) if symbols and value.is_polynomial(*symbols) else value


def _extremum(sp: Any, operation: str, expr: Any, symbol: Any) -> MathResult:
    """The least or greatest value over the reals, and where it is taken; "extremum" takes
    whichever of the two is finite (the vertex of a parabola)."""
    from sympy.calculus.util import maximum, minimum

    if len(expr.free_symbols - {symbol}) > 0:
        raise ToolRefused("a minimum or maximum needs a function of one variable")
    kinds = ("minimum", "maximum") if operation == "extremum" else (operation,)
    for kind in kinds:
        value = (minimum if kind == "minimum" else maximum)(expr, symbol, sp.S.Reals)
        if value.is_finite:
            break
    if not value.is_finite:
        word = "falls" if kind == "minimum" else "rises"
        return MathResult(kind, _show(expr), f"no {kind}: it {word} without limit")
    where = [p for p in sp.solve(sp.Eq(expr, value), symbol) if p.is_real]
    points = tuple(f"{symbol} = {_show(p)}" for p in sorted(where, key=lambda p: float(p)))
    return MathResult(kind, _show(expr), _show(value), _decimal(sp, value), points[:4])


def _integral(sp: Any, expr: Any, symbol: Any, bounds: str) -> Any:
    if not bounds:
        return sp.integrate(expr, symbol)
    low, _, high = bounds.partition(",")
    return sp.integrate(expr, (symbol, _expr(low), _expr(high)))


def _solve(sp: Any, source: str, variable: str) -> MathResult:
    equations = [part for part in source.replace(";", ",").split(",") if part.strip()]
    if len(equations) == 1 and (relation := INEQUALITY.search(equations[0])):
        return _inequality(sp, equations[0], relation.group(0), variable)
    built = [_equation(sp, eq) for eq in equations[:4]]
    if len(built) == 1 and built[0].has(sp.Abs):  # |x - 3| = 5: over the reals
        symbol = _variable(sp, built[0], variable)
        real = sp.Symbol(symbol.name, real=True)
        built = [built[0].subs(symbol, real)]
    if len(built) == 1:
        symbol = _variable(sp, built[0], variable)
        roots = sp.solve(built[0], symbol)
        if any(r.is_real for r in roots):  # x^3 = 2744: 14, not also two complex roots
            roots = [r for r in roots if r.is_real is not False]
        shown = tuple(f"{symbol} = {_show(r)}" for r in roots)
        decimals = ", ".join(_decimal(sp, r) or _show(r) for r in roots) if any(
            _decimal(sp, r) for r in roots) else ""
        return MathResult("solve", _equation_text(built[0]), ", ".join(shown) or "no solution",
                          decimals, shown)
    symbols = sorted(set().union(*(b.free_symbols for b in built)), key=lambda s: s.name)
    answer = sp.solve(built, symbols, dict=True)
    shown = tuple(", ".join(f"{k} = {_show(v)}" for k, v in sorted(sol.items(), key=str))
                  for sol in answer)
    expression = "; ".join(_equation_text(b) for b in built)
    return MathResult("solve", expression, " or ".join(shown) or "no solution", "", shown)


INEQUALITY = re.compile(r"<=|>=|<|>")


def _inequality(sp: Any, text: str, relation: str, variable: str) -> MathResult:
    """"2x + 3 < 11" → "x < 4"; "x^2 > 4" → "x < -2 or x > 2" (over the reals)."""
    left, right = (_expr(side) for side in text.split(relation, 1))
    symbol = _variable(sp, left - right, variable)
    real = sp.Symbol(symbol.name, real=True)
    built = {"<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge}[relation](
        (left - right).subs(symbol, real), 0)
    found = sp.solve_univariate_inequality(built, real, relational=False)
    shown = _intervals(sp, found, symbol.name)
    return MathResult("solve", f"{_show(left)} {relation} {_show(right)}", shown, "", (shown,))


def _intervals(sp: Any, found: Any, name: str) -> str:
    parts = found.args if isinstance(found, sp.Union) else () if found == sp.S.EmptySet else (
        found,)
    out: list[str] = []
    for part in parts:
        if isinstance(part, sp.FiniteSet):
            out.extend(f"{name} = {_show(v)}" for v in part)
        elif isinstance(part, sp.Interval):
            out.append(_interval(sp, part, name))
        else:
            out.append(_show(part))
    return " or ".join(out) if out else "no solution"


def _interval(sp: Any, part: Any, name: str) -> str:
    """"x < 4", "x ≥ 3", "-2 < x < 2", "every real x"."""
    low, high = part.start != -sp.oo, part.end != sp.oo
    below = "<" if part.right_open else "≤"
    above = ">" if part.left_open else "≥"
    if low and high:
        start = f"{_show(part.start)} {'<' if part.left_open else '≤'}"
        return f"{start} {name} {below} {_show(part.end)}"
    if high:
        return f"{name} {below} {_show(part.end)}"
    return f"{name} {above} {_show(part.start)}" if low else f"every real {name}"


def _equation(sp: Any, text: str) -> Any:
    left, sep, right = text.partition("=")
    if "=" in right:
        raise ToolRefused("an equation has one equals sign")
    lhs = _expr(left)
    return lhs - _expr(right) if sep else lhs


def _matrix(sp: Any, operation: str, source: str) -> MathResult:
    rows = mathparse.build(mathparse.normalise(source), allow_lists=True)
    if not isinstance(rows, list) or not rows or not all(isinstance(r, list) for r in rows):
        raise ToolRefused("write the matrix as [[1, 2], [3, 4]]")
    if len(rows) > 8 or any(len(r) != len(rows) for r in rows):
        raise ToolRefused("I handle square matrices up to 8×8")
    matrix = sp.Matrix(rows)
    if operation == "determinant":
        value = matrix.det()
        return MathResult("determinant", _show(matrix.tolist()), _show(value),
                          _decimal(sp, value))
    if operation == "eigenvalues":
        values = sorted(matrix.eigenvals(multiple=True), key=lambda v: sp.re(sp.N(v)),
                        reverse=True)
        shown = tuple(_show(v) for v in values)
        decimals = [d for v in values if (d := _decimal(sp, v))]
        return MathResult("eigenvalues", _show(matrix.tolist()), ", ".join(shown),
                          ", ".join(decimals) if len(decimals) == len(values) else "", shown)
    if matrix.det() == 0:
        raise ToolRefused("that matrix is singular, so it has no inverse")
    return MathResult("inverse", _show(matrix.tolist()), _show(matrix.inv().tolist()))


def _product(sp: Any, source: str) -> MathResult:
    pair = mathparse.build(mathparse.normalise(source), allow_lists=True)
    if not isinstance(pair, list) or len(pair) != 2:
        raise ToolRefused("write the two matrices as [[1, 2], [3, 4]]")
    left, right = (sp.Matrix(m) for m in pair)
    if max(*left.shape, *right.shape) > 8 or left.shape[1] != right.shape[0]:
        raise ToolRefused("those matrices cannot be multiplied (or are over 8×8)")
    shown = f"{_show(left.tolist())} × {_show(right.tolist())}"
    return MathResult("matmul", shown, _show((left * right).tolist()))


def _stats(sp: Any, operation: str, source: str) -> MathResult:
    values = [_number(sp, item) for item in source.strip("[]").split(",") if item.strip()]
    if not values or len(values) > 10_000:
        raise ToolRefused("give between 1 and 10000 numbers")
    n = len(values)
    mean = sp.Add(*values) / n
    if operation == "sum":
        value = sp.Add(*values)
    elif operation == "mean":
        value = mean
    elif operation == "median":
        ordered = sorted(values)
        value = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    else:
        if n < 2:
            raise ToolRefused("a sample needs at least two numbers")
        variance = sp.Add(*[(v - mean) ** 2 for v in values]) / (n - 1)
        value = variance if operation == "variance" else sp.sqrt(variance)
    return MathResult(operation, ", ".join(_show(v) for v in values), _show(sp.nsimplify(value)),
                      _decimal(sp, value))


def _number(sp: Any, text: str) -> Any:
    text = text.strip()
    if not re.fullmatch(r"-?\d{1,30}(\.\d{1,30})?", text):
        raise ToolRefused("give a list of plain numbers")
    return sp.Rational(text) if "." in text else sp.Integer(text)


def _equation_text(expr: Any) -> str:
    return f"{_show(expr)} = 0"


def _show(value: Any) -> str:
    """A SymPy value as people write it; its natural logarithms are shown as ``ln`` (a bare
    ``log`` of a number is read as base 10)."""
    text = str(value).replace("**", "^")
    if not isinstance(value, str):
        text = re.sub(r"(?<![a-z])log\(", "ln(", text)
        text = re.sub(r"(?<![\w.])E(?![\w(])", "e", text)  # Euler's number, as it is typed
        text = text.replace("Abs(", "abs(")
    return text if len(text) <= 2000 else text[:2000] + "…"


def _decimal(sp: Any, value: Any) -> str:
    try:
        if not getattr(value, "is_number", False) or value.is_Integer:
            return ""
        number = sp.N(value, 12)
        if not number.is_real:
            return _show(number)
        text = f"{float(number):.10g}"
        if "e" in text and 1e-12 <= abs(float(number)) < 1e16:
            text = format(Decimal(text), "f")  # 0.00002, not 2e-05
        return "" if text == str(value) else text
    except (TypeError, ValueError, AttributeError):
        return ""
