"""The safe math parser: an ``ast`` whitelist walker that builds SymPy objects directly.

SymPy's ``sympify``/``parse_expr`` call ``eval``; user text never reaches them. Text is
normalised (``^`` → ``**``, implicit products such as ``5x``), parsed with
``ast.parse(mode="eval")`` and walked: only numbers, ``+ - * / ** %``, unary signs,
calls to allow-listed functions and allow-listed names pass; anything else (attributes,
subscripts, lambdas, strings, keywords, dunders) is refused before SymPy is imported.
Powers and factorials are bounded before they are evaluated.

:func:`check` runs in the caller (no SymPy); :func:`build` runs in a tool worker.
"""

from __future__ import annotations

import ast
import math
import re
from typing import Any

from core.tools.workers import ToolRefused

MAX_CHARS = 500
MAX_NODES = 300
MAX_EXPONENT = 10_000
MAX_DIGITS = 20_000
MAX_FACTORIAL = 2_000

FUNCTIONS = frozenset({
    "sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
    "exp", "log", "log10", "log2", "ln", "abs", "factorial", "floor", "ceiling", "gcd", "lcm",
    "binomial", "sec", "csc", "cot",
})
CONSTANTS = frozenset({"pi", "e", "oo", "inf", "infinity"})
GREEK = frozenset({"alpha", "beta", "gamma", "delta", "theta", "lamda", "mu", "sigma",
                   "omega", "phi", "tau", "rho"})
_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.Mod)
_TRANSLATE = str.maketrans({"×": "*", "·": "*", "÷": "/", "−": "-", "–": "-", "²": "^2",
                            "³": "^3", "√": "sqrt"})
_IMPLICIT = [
    (re.compile(r"(?<![A-Za-z_\d])(\d+(?:\.\d+)?)\s*([A-Za-z(])"), r"\1*\2"),
    (re.compile(r"\)\s*([A-Za-z0-9(])"), r")*\1"),
    (re.compile(r"(?<![A-Za-z_])([a-eijk-z])\s*\((?=[^()]*[-+*/^ ])"), r"\1*("),  # x(x + 1)
]


def normalise(text: str) -> str:
    """User notation → Python expression syntax (still untrusted)."""
    if len(text) > MAX_CHARS:
        raise ToolRefused(f"the expression is longer than {MAX_CHARS} characters")
    text = text.translate(_TRANSLATE).replace("^", "**").strip()
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    for pattern, repl in _IMPLICIT:
        text = pattern.sub(repl, text)
    return _split_letters(text)


def _split_letters(text: str) -> str:
    """``xy`` → ``x*y`` for runs of single-letter symbols that are not known names."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        known = FUNCTIONS | CONSTANTS | GREEK
        if word in known or len(word) == 1 or not word.isalpha() or len(word) > 4:
            return word
        return "*".join(word)
    return re.sub(r"[A-Za-z_]+", fix, text)


def _parse(source: str) -> ast.expr:
    if len(source) > MAX_CHARS:
        raise ToolRefused(f"the expression is longer than {MAX_CHARS} characters")
    try:
        tree = ast.parse(source, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise ToolRefused("I could not read that as a math expression") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise ToolRefused("the expression is too large")
    return tree.body


def check(source: str, allow_lists: bool = False) -> None:
    """Refuse anything outside the whitelist (no SymPy involved)."""
    _check_node(_parse(source), allow_lists)


def _check_node(node: ast.AST, allow_lists: bool) -> None:
    if isinstance(node, ast.Constant):
        if type(node.value) not in (int, float):
            raise ToolRefused("only numbers are allowed as literals")
    elif isinstance(node, ast.Name):
        _check_name(node.id)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, _BINOPS):
        _check_node(node.left, allow_lists)
        _check_node(node.right, allow_lists)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        _check_node(node.operand, allow_lists)
    elif isinstance(node, ast.Call):
        _check_call(node, allow_lists)
    elif allow_lists and isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            _check_node(item, allow_lists)
    else:
        raise ToolRefused(f"{type(node).__name__.lower()} is not allowed in math")


def _check_name(name: str) -> None:
    if name.startswith("_") or "__" in name:
        raise ToolRefused("names with underscores are not allowed")
    ok = (len(name) == 1 and name.isalpha()) or name in CONSTANTS or name in GREEK
    if not ok:
        raise ToolRefused(f"unknown name {name[:20]!r}")


def _check_call(node: ast.Call, allow_lists: bool) -> None:
    if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
        raise ToolRefused("only allow-listed functions may be called")
    if node.keywords or not 1 <= len(node.args) <= 2:
        raise ToolRefused("functions take one or two plain arguments")
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise ToolRefused("starred arguments are not allowed")
        _check_node(arg, allow_lists)


# --- building (inside a worker) --------------------------------------------------------


def build(source: str, allow_lists: bool = False) -> Any:
    """Check, then build the SymPy object (lists become nested Python lists)."""
    node = _parse(source)
    _check_node(node, allow_lists)
    return _Builder().visit(node)


class _Builder:
    def __init__(self) -> None:
        import sympy

        self.sp = sympy
        self.functions: dict[str, Any] = {name: getattr(sympy, name, None) for name in FUNCTIONS}
        self.functions.update({"ln": sympy.log, "abs": sympy.Abs,
                               "log10": lambda a: sympy.log(a, 10),  # "log 1000" said in a chat
                               "log2": lambda a: sympy.log(a, 2),
                               "cbrt": lambda a: sympy.real_root(a, 3) if a.is_negative
                               else sympy.root(a, 3)})  # the cube root of -27 is -3

    def visit(self, node: ast.AST) -> Any:
        sp = self.sp
        if isinstance(node, ast.Constant):
            value = node.value
            return sp.Integer(value) if isinstance(value, int) else sp.Rational(str(value))
        if isinstance(node, ast.Name):
            return self._name(node.id)
        if isinstance(node, ast.UnaryOp):
            inner = self.visit(node.operand)
            return -inner if isinstance(node.op, ast.USub) else inner
        if isinstance(node, ast.BinOp):
            return self._binop(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, (ast.List, ast.Tuple)):
            return [self.visit(item) for item in node.elts]
        raise ToolRefused("that is not allowed in math")

    def _name(self, name: str) -> Any:
        sp = self.sp
        fixed = {"pi": sp.pi, "e": sp.E, "oo": sp.oo, "inf": sp.oo, "infinity": sp.oo,
                 "lamda": sp.Symbol("lambda")}
        return fixed.get(name) or sp.Symbol(name)

    def _binop(self, node: ast.BinOp) -> Any:
        left, right = self.visit(node.left), self.visit(node.right)
        if isinstance(node.op, ast.Pow):
            _bound_power(self.sp, left, right)
            return left ** right
        if isinstance(node.op, ast.Div):
            if right == 0:
                raise ToolRefused("that divides by zero")
            return left / right
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Sub):
            return left - right
        if isinstance(node.op, ast.Mult):
            return left * right
        return left % right

    def _call(self, node: ast.Call) -> Any:
        assert isinstance(node.func, ast.Name)
        name = node.func.id
        args = [self.visit(a) for a in node.args]
        if name == "factorial":
            _bound_factorial(self.sp, args[0])
        if name == "binomial" and len(args) == 2:
            _bound_factorial(self.sp, args[0])
        fn = self.functions[name]
        return fn(*args)


def _bound_power(sp: Any, base: Any, exponent: Any) -> None:
    if not getattr(exponent, "is_number", False):
        return
    if exponent.is_real is False or abs(sp.N(exponent, 15)) > MAX_EXPONENT:
        if getattr(base, "is_number", False) and base not in (0, 1, -1):
            raise ToolRefused(f"exponents above {MAX_EXPONENT} are not allowed")
        if not getattr(base, "is_number", False):
            raise ToolRefused(f"exponents above {MAX_EXPONENT} are not allowed")
        return
    if getattr(base, "is_number", False) and base.is_real and abs(base) > 1:
        digits = float(abs(sp.N(exponent, 15))) * math.log10(float(abs(sp.N(base, 15))))
        if digits > MAX_DIGITS:
            raise ToolRefused(f"the result would have more than {MAX_DIGITS} digits")


def _bound_factorial(sp: Any, arg: Any) -> None:
    if getattr(arg, "is_number", False) and abs(sp.N(arg, 15)) > MAX_FACTORIAL:
        raise ToolRefused(f"factorials above {MAX_FACTORIAL}! are not allowed")
