"""An arithmetic expression built by a reader (numbers, + − × ÷, powers and brackets)
worked exactly with fractions; a power with a fractional exponent ("v^0.16") is worked
in floating point and kept to nine significant places."""

from __future__ import annotations

import ast
from fractions import Fraction

MAX_POWER = 12


def exact_value(expression: str) -> Fraction:
    """The value of ``expression``; ValueError for anything but plain arithmetic."""
    if len(expression) > 400:
        raise ValueError("too long")
    return _eval(ast.parse(expression.replace("^", "**"), mode="eval").body)


def _eval(node: ast.AST) -> Fraction:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and \
            not isinstance(node.value, bool):
        return Fraction(str(node.value))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _eval(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        a, b = _eval(node.left), _eval(node.right)
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
        if isinstance(node.op, ast.Pow) and abs(b) <= MAX_POWER:
            if b.denominator == 1:
                if a == 0 and b < 0:
                    raise ValueError("division by zero")
                return a ** int(b)
            if a > 0:
                return Fraction(float(a) ** float(b)).limit_denominator(10 ** 9)
    raise ValueError("not plain arithmetic")
