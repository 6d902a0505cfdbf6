"""The math agent: a clause in words → a call to an exact math tool."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.agents.base import AgentContext, AgentResult, failed
from core.agents.plan import Subtask
from core.tools.calculator import MathTools
from core.tools.mathparse import CONSTANTS, FUNCTIONS, GREEK
from core.tools.mathtools import MathResult
from core.tools.workers import ToolError

WORDS = (("multiplied by", "*"), ("times", "*"), ("divided by", "/"), ("over", "/"),
         ("plus", "+"), ("minus", "-"), ("to the power of", "^"), ("squared", "^2"),
         ("cubed", "^3"), ("x ", "x "))
FILLER = re.compile(
    r"^(?:(?:please|hey|muse|can you|could you|would you|quickly|now|also|and|then|"
    r"tell me|what(?:'s| is| are)|whats|how much is|calculate|compute|evaluate|work out|"
    r"find|give me|determine|the value of|the result of|the answer to)\b[\s,:]*)+", re.I)
_KEEP = FUNCTIONS | CONSTANTS | GREEK
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("limit", re.compile(r"limit of\s+(?P<e>.+?)\s+as\s+(?P<v>[a-z])\s*(?:->|→|approaches|"
                         r"goes to|tends to)\s*(?P<p>[^?]+)", re.I)),
    ("integral", re.compile(r"(?:integral of|integrate)\s+(?P<e>.+?)(?:\s*d(?P<v>[a-z]))?"
                            r"(?:\s+(?:from|between)\s+(?P<a>\S+)\s+(?:to|and)\s+(?P<b>[^\s?]+))?"
                            r"\s*\??$", re.I)),
    ("derivative", re.compile(r"(?:derivative of|differentiate|d/d(?P<w>[a-z]))\s+(?P<e>.+?)"
                              r"(?:\s+with respect to\s+(?P<v>[a-z]))?\s*\??$", re.I)),
    ("matrix", re.compile(r"(?P<op>determinant|inverse)\s+of\s+(?:the\s+)?(?:matrix\s+)?"
                          r"(?P<e>\[.+\])", re.I)),
    ("solve", re.compile(r"(?:solve|roots of|zeros of|solutions? (?:of|to))\s+(?:for\s+(?P<w>"
                         r"[a-z])\s*[:,]?\s*)?(?:the equations?\s+)?(?P<e>.+?)"
                         r"(?:\s+for\s+(?P<v>[a-z]))?\s*\??$", re.I)),
    ("solve", re.compile(r"^(?:find\s+|what is\s+|what's\s+)?(?P<v>[a-z])\s+(?:if|when|where|given)"
                         r"\s+(?P<e>.+?)\s*\??$", re.I)),
    ("transform", re.compile(r"(?P<op>simplify|factori[sz]e|factor|expand)\s+(?P<e>.+?)\s*\??$",
                             re.I)),
)


@dataclass(frozen=True, slots=True)
class MathCall:
    operation: str
    expression: str
    variable: str = ""
    extra: str = ""


VERBS = (
    (re.compile(r"\bmultiply\s+(.+?)\s+(?:by|and|with)\s+(.+)", re.I), r"(\1) * (\2)"),
    (re.compile(r"\bdivide\s+(.+?)\s+by\s+(.+)", re.I), r"(\1) / (\2)"),
    (re.compile(r"\badd\s+(.+?)\s+(?:and|to)\s+(.+)", re.I), r"(\1) + (\2)"),
    (re.compile(r"\bsubtract\s+(.+?)\s+from\s+(.+)", re.I), r"(\2) - (\1)"),
)
ZERO = re.compile(r"\s*(?:is\s+)?(?:equals?|equal to|is)\s+(?:to\s+)?zero\b", re.I)
EQUATION = re.compile(r"=.*[a-z]|[a-z].*=", re.I)


def to_expression(text: str) -> str:
    """Words and filler → expression text (still untrusted; the tool checks it)."""
    text = FILLER.sub("", text.strip()).strip()
    for pattern, repl in VERBS:
        text = pattern.sub(repl, text).replace("?", "")
    for word, symbol in WORDS[:-1]:
        text = re.sub(rf"\b{word}\b", f" {symbol} ", text, flags=re.I)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*%\s*of\s*", r"\1/100*", text, flags=re.I)
    text = re.sub(r"square root of\s*([\d.]+|\([^)]*\))", r"sqrt(\1)", text, flags=re.I)
    text = re.sub(r"(\d+)\s*!", r"factorial(\1)", text)
    text = re.sub(r"\b[a-zA-Z]{2,}\b", lambda m: m.group(0) if m.group(0).lower() in _KEEP
                  else " ", text)
    return " ".join(text.strip(" ?.!,:;").split())


def parse_math(clause: str) -> MathCall:
    text = ZERO.sub(" = 0", FILLER.sub("", clause.strip()).strip())
    for kind, pattern in PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        expression = groups.get("e", "")
        variable = groups.get("v") or groups.get("w", "")
        if kind == "matrix":
            return MathCall(groups["op"].lower(), expression)
        if kind == "transform":
            op = groups["op"].lower()
            op = "factor" if op.startswith("factor") else op
            return MathCall(op, to_expression(expression))
        if kind == "integral":
            bounds = f"{groups['a']},{groups['b']}" if "a" in groups and "b" in groups else ""
            return MathCall("integral", to_expression(expression), variable, bounds)
        if kind == "limit":
            return MathCall("limit", to_expression(expression), variable, groups["p"].strip())
        if kind == "solve":
            parts = re.split(r"\s*(?:,|;|\band\b)\s*", expression)
            joined = ", ".join(to_expression(p) for p in parts if p.strip())
            return MathCall("solve", joined, variable)
        return MathCall(kind, to_expression(expression), variable)
    equation = re.sub(r"^(?:for\s+)?(?:which|what)\s+(?:value of\s+)?[a-z]\s+(?:is|does|makes?)\s+",
                      "", text, flags=re.I)
    if "=" in equation and EQUATION.search(equation.split("?")[0]):
        return MathCall("solve", to_expression(equation.split("?")[0].split(",")[0]))
    return MathCall("evaluate", to_expression(text))


async def run_math(tools: MathTools, call: MathCall) -> MathResult:
    if call.operation == "solve":
        return await tools.solve(call.expression, call.variable)
    if call.operation == "derivative":
        return await tools.derivative(call.expression, call.variable)
    if call.operation == "integral":
        low, _, high = call.extra.partition(",")
        return await tools.integral(call.expression, call.variable, low, high)
    if call.operation == "limit":
        return await tools.limit(call.expression, call.extra, call.variable)
    if call.operation in ("determinant", "inverse"):
        return await tools.matrix(call.operation, call.expression)  # type: ignore[arg-type]
    return await tools.calculate(call.expression, call.operation)  # type: ignore[arg-type]


def describe(result: MathResult) -> AgentResult:
    exact = result.exact
    decimal = f" ≈ {result.decimal}" if result.decimal and result.decimal != exact else ""
    verbs = {"solve": "Solved", "evaluate": "Evaluated", "derivative": "Differentiated",
             "integral": "Integrated", "limit": "Took the limit of", "simplify": "Simplified",
             "factor": "Factored", "expand": "Expanded", "determinant": "Determinant of",
             "inverse": "Inverted"}
    verb = verbs.get(result.operation, result.operation.capitalize())
    if result.operation == "evaluate":
        text = f"{result.expression} = **{exact}**{decimal}"
    elif result.operation == "solve":
        text = f"**{exact}**" + (f" (≈ {result.decimal})" if decimal else "")
    else:
        text = f"**{exact}**{decimal}"
    return AgentResult(ok=True, text=text, basis=f"{verb} `{result.expression}` exactly")


def make_math_agent(tools: MathTools):  # type: ignore[no-untyped-def]
    async def math_agent(task: Subtask, context: AgentContext,
                         inputs: dict[str, AgentResult]) -> AgentResult:
        call = parse_math(task.request)
        if not call.expression:
            return failed("I could not find a math expression in that")
        try:
            return describe(await run_math(tools, call))
        except ToolError as exc:
            return failed(f"the calculation was refused: {exc.reason}")
    return math_agent
