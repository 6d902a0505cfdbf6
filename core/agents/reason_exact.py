"""An arithmetic expression built by a reader (numbers, names bound to values, + − × ÷,
powers and brackets) worked exactly with fractions; a power with a fractional exponent
("v^0.16") is worked in floating point and kept to nine significant places."""

from __future__ import annotations

import ast
from fractions import Fraction

MAX_POWER = 12


def exact_value(expression: str, values: dict[str, Fraction] | None = None,
                max_power: int = MAX_POWER) -> Fraction:
    """The value of ``expression`` with its names read from ``values``; ValueError for
    anything but plain arithmetic (KeyError for a name without a value)."""
    if len(expression) > 400:
        raise ValueError("too long")
    tree = ast.parse(expression.replace("^", "**"), mode="eval").body
    return _eval(tree, values or {}, max_power)


def _eval(node: ast.AST, values: dict[str, Fraction], max_power: int) -> Fraction:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and \
            not isinstance(node.value, bool):
        return Fraction(str(node.value))
    if isinstance(node, ast.Name):
        return values[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval(node.operand, values, max_power)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left, values, max_power), _eval(node.right, values, max_power)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            return a * b
        if isinstance(node.op, ast.Div):
            if b == 0:
                raise ValueError("division by zero")
            return a / b
        if isinstance(node.op, ast.Pow) and abs(b) <= max_power:
            if b.denominator == 1:
                if a == 0 and b < 0:
                    raise ValueError("division by zero")
                return a ** int(b)
            if a > 0:
                return Fraction(float(a) ** float(b)).limit_denominator(10 ** 9)
    raise ValueError("not plain arithmetic")
