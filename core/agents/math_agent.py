"""The math agent: a clause in words → a call to an exact math tool.

Finding the mathematics is :mod:`core.agents.mathtext`; this module runs the call and
words the result. A clause that builds on an earlier part ("then add 5", "double it")
gets that part's exact result in place of ``ANS``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.duration_shown import in_clock_parts
from core.agents.figure_rounding import as_asked
from core.agents.mathdescribe import describe
from core.agents.mathentry import entrywise_result
from core.agents.mathfollow import apply_follow, roots_step
from core.agents.mathsystem import named_prices
from core.agents.mathtext import MathCall, parse_math
from core.agents.mathvalues import several, two_places
from core.agents.plan import Subtask
from core.tools.calculator import MathTools
from core.tools.mathtools import MathResult
from core.tools.workers import ToolError

__all__ = ["MathCall", "describe", "make_math_agent", "parse_math", "run_math", "tidy"]
MIXED_IN = re.compile(r"\(\d+ \+ \d+/\d+\)")  # a mixed number as the reader writes it
RATIO_OR_WHOLE = re.compile(r"-?\d+(?:/\d+)?")
CURRENCY = re.compile(r"[$€£¥]|[A-Z]{3}")
UNIT_LOST = re.compile(r"/\s*\(?ANS|ANS\)?\s*\^")  # divided by the earlier value, or raised
PLACES_SHOWN = re.compile(r"\*\*(-?[\d.]+)\*\* \(to (\d+ decimal places?)")
PLAIN = re.compile(r"(?<![\w)])\((\d+(?:\.\d+)?)\)(?![\w(^])")


def tidy(expression: str) -> str:
    """"((13) * (7))" → "13 * 7": brackets around plain numbers and the whole text go."""
    text = expression.strip()
    while (stripped := PLAIN.sub(r"\1", text)) != text:
        text = stripped
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    text = re.sub(r"\s*\^\s*", "^", " ".join(text.split()))
    return re.sub(r"(?<=\S)([*/])(?=\s)|(?<=\s)([*/])(?=\S)", r" \1\2 ", text).replace("  ", " ")


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _substitute(expression: str, variable: str, value: str) -> str:
    return re.sub(rf"(?<![a-z]){re.escape(variable)}(?![a-z(])", f"({value})", expression)


async def run_math(tools: MathTools, call: MathCall) -> MathResult:
    expression = tidy(call.expression)
    if call.operation == "solve":
        return await tools.solve(expression, call.variable)
    if call.operation == "derivative":
        return await _derivative(tools, expression, call)
    if call.operation == "integral":
        low, _, high = call.extra.partition(",")
        return await tools.integral(expression, call.variable, low, high)
    if call.operation == "limit":
        return await tools.limit(expression, call.extra, call.variable)
    if call.operation in ("minimum", "maximum", "extremum"):
        return await tools.extremum(call.operation, expression,  # type: ignore[arg-type]
                                    call.variable)
    if call.operation in ("determinant", "inverse", "eigenvalues", "matmul"):
        return await tools.matrix(call.operation, call.expression)  # type: ignore[arg-type]
    return await tools.calculate(expression, call.operation)  # type: ignore[arg-type]


async def _derivative(tools: MathTools, expression: str, call: MathCall) -> MathResult:
    result = await tools.derivative(expression, call.variable)
    for _ in range(call.order - 1):
        result = await tools.derivative(result.exact, call.variable)
    shown = expression if call.order == 1 else f"{expression} ({call.order} times)"
    if call.at:
        variable = call.variable or "x"
        value = await tools.calculate(_substitute(result.exact, variable, call.at))
        return MathResult("derivative", f"{shown} at {variable} = {call.at}", value.exact,
                          value.decimal, (result.exact,))  # the derivative itself, shown too
    return MathResult("derivative", shown, result.exact, result.decimal)


def _in_cents(result: AgentResult) -> AgentResult:
    """A price answer to the cent: "(64.50) * (1 + 15/100) = **74.18**", whole amounts
    without decimals unless the question wrote its amounts to the cent ("100 - 61.00 = 39.00")."""
    if result.amount is None:
        return result
    cents = Fraction(result.amount).limit_denominator(10**9) * 100
    rounded = round(cents) / 100
    expression = result.basis.removeprefix("Evaluated `").removesuffix("` exactly")
    whole = float(rounded).is_integer() and not re.search(r"\d\.\d\d(?!\d)", expression)
    shown = f"{rounded:.0f}" if whole else f"{rounded:.2f}"  # "61.00" asked: "39.00" back
    note = "" if cents.denominator == 1 else " (rounded to the cent)"
    return AgentResult(ok=True, text=f"{expression} = **{shown}**{note}", basis=result.basis,
                       amount=rounded)


def _mixed(exact: str) -> str:
    """"23/4" → "5 3/4": an improper fraction as a mixed number."""
    match = re.fullmatch(r"(-?)(\d+)/(\d+)", exact)
    if match is None or int(match.group(2)) < int(match.group(3)):
        return ""
    whole, part = divmod(int(match.group(2)), int(match.group(3)))
    return f"{match.group(1)}{whole} {part}/{match.group(3)}"


def _with_unit(result: AgentResult, unit: str) -> AgentResult:
    """"**90**" → "**90 minutes**"; a percentage to two decimals at most: "**33.33%**"."""
    if unit == "%" and result.amount is not None:
        shown = f"{round(float(result.amount), 2):.2f}".rstrip("0").rstrip(".")
        exact = Fraction(result.amount).limit_denominator(10**6)
        note = f" (exactly {exact}%)" if 1 < exact.denominator <= 1000 else ""
        if (asked := PLACES_SHOWN.search(result.text)) is not None:  # "(to 1 decimal place)"
            shown, note = asked.group(1), f" (to {asked.group(2)})"
        head = result.text.split(" = **", 1)[0] if " = **" in result.text else ""
        text = f"{head} = **{shown}%**" if head else f"**{shown}%**"
        return replace(result, text=text + note)
    text = re.sub(r"\*\*((?:[^*]|\*(?!\*))+)\*\*(?:\s*≈\s*(-?\d+\.\d+))?",
                  lambda m: _measured(m[1], m[2], unit), result.text, count=1)
    return replace(result, text=text, currency=unit)  # a later part may convert it


def _measured(shown: str, approx: str | None, unit: str) -> str:
    """A measured amount to two decimals beside its exact form: "**44.91 km/h**",
    "**16.67 km/h** (exactly 50/3)"; whole numbers and short decimals stay as they are."""
    def cents(value: str) -> str:
        rounded = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"{rounded:f}".rstrip("0").rstrip(".")
    if re.fullmatch(r"-?\d+\.\d{3,}", shown.strip()):
        return f"**{cents(shown.strip())} {unit}**"
    if approx is not None:
        return f"**{cents(approx)} {unit}** (exactly {shown})"
    return f"**{shown} {unit}**"


def _in_form(result: AgentResult, raw: MathResult, show: str) -> AgentResult:
    """The value as an ordinary decimal (0.00002) or in scientific notation (4.5 × 10^-4)."""
    try:
        value = Decimal(Fraction(raw.exact.replace(" ", "")).numerator) / Decimal(
            Fraction(raw.exact.replace(" ", "")).denominator)
    except (ValueError, ZeroDivisionError):
        try:
            value = Decimal(raw.decimal)
        except ArithmeticError:
            return result
    if show == "scientific" and value:
        exponent = value.adjusted()
        mantissa = format(round(value.scaleb(-exponent), 9).normalize(), "f")
        shown = f"{mantissa} × 10^{exponent}"
    else:
        shown = format(value.normalize(), "f") if len(value.normalize().as_tuple().digits) < 25 \
            else raw.decimal or raw.exact
    return replace(result, text=f"{raw.expression} = **{shown}**{two_places(shown)}")


def _previous(inputs: dict[str, AgentResult]) -> AgentResult | None:
    return next((result for result in inputs.values() if result.amount is not None), None)


def _previous_value(inputs: dict[str, AgentResult]) -> str | None:
    result = _previous(inputs)
    if result is None or result.amount is None:
        return None
    value = float(result.amount)
    if value.is_integer():
        return str(int(value))
    if round(value, 4) == value:  # an amount such as 12.45 stays a decimal
        return f"{value:.4f}".rstrip("0")
    fraction = Fraction(value).limit_denominator(10_000)
    return str(fraction) if abs(float(fraction) - value) < 1e-12 else f"{value:.12g}"


def _solved(call: MathCall, inputs: dict[str, AgentResult]) -> MathCall:
    """"solve 2x + 1 = 7, then work out x^2 + 3": the unknowns an earlier part solved
    (one value each) are put into this part's expression."""
    if call.operation != "evaluate" or not re.search(r"[a-z]", call.expression):
        return call
    known: dict[str, str] = {}
    for result in inputs.values():
        if result.ok and result.basis.startswith("Solved"):
            pairs = re.findall(r"\b([a-z]) = (-?\d+(?:\.\d+)?(?:/\d+)?)(?=,|\*\*|$|\s[a-z]+\*\*)",
                               result.text.split("\n")[0])
            names = [name for name, _ in pairs]
            known.update({n: v for n, v in pairs if names.count(n) == 1})
    expression = call.expression
    for name, value in known.items():
        expression = _substitute(expression, name, value)
    return replace(call, expression=expression) if expression != call.expression else call


def _carried(call: MathCall, inputs: dict[str, AgentResult]) -> MathCall:
    """"the total minus 10" after a bill: the answer keeps the earlier part's currency (to
    the cent) or unit, when that part is used once and not divided by or raised."""
    earlier = _previous(inputs)
    unit = earlier.currency.strip() if earlier is not None else ""
    if (not unit or unit == "%" or call.unit or call.operation != "evaluate"
            or call.expression.count("ANS") != 1 or UNIT_LOST.search(call.expression)):
        return call
    if CURRENCY.fullmatch(unit):  # shown as before, to the cent; a later part may convert it
        return replace(call, money=True, currency=unit)
    return replace(call, unit=unit)


async def _rounded(tools: MathTools, raw: MathResult, places: int) -> AgentResult:
    """The value to ``places`` decimal places, rounded half up exactly."""
    scaled = await tools.calculate(f"floor(({raw.exact})*10^{places} + 1/2)")
    whole = Decimal(Fraction(scaled.exact.replace(" ", "")).numerator)
    shown = format(whole.scaleb(-places), "f")
    note = "decimal place" if places == 1 else "decimal places"
    if _exactly(raw.exact, Fraction(whole) / 10**places):  # "504.00 (…; exactly 504)"
        note += f"; exactly {raw.exact.replace(' ', '')}"
    return AgentResult(ok=True, text=f"{raw.expression} = **{shown}** (to {places} {note})",
                       basis=f"Evaluated `{raw.expression}` exactly", amount=float(whole.scaleb(
                           -places)))


def _exactly(exact: str, rounded: Fraction) -> bool:
    """True when the rounding changed nothing: the exact value is that plain number."""
    try:
        return Fraction(exact.replace(" ", "")) == rounded
    except (ValueError, ZeroDivisionError):
        return False


async def _rounded_value(tools: MathTools, raw: MathResult, result: AgentResult,
                         places: int) -> AgentResult:
    """An integral's, a limit's or a derivative's value to ``places`` decimals, its exact
    form beside it: "**3.66** (to 2 decimal places; exactly ln(39))"."""
    try:
        rounded = await _rounded(tools, MathResult("evaluate", raw.exact, raw.exact), places)
    except (ToolError, ValueError, ZeroDivisionError):
        return result
    number = rounded.text.split("**")[1]
    note = "decimal place" if places == 1 else "decimal places"
    bold = re.escape(f"**{raw.exact}**") + r"(?:\s*≈\s*\S+(?: \(-?[\d.]+\))?)?"
    text, count = re.subn(bold, lambda _: f"**{number}** (to {places} {note}; exactly "
                                         f"{raw.exact})", result.text, count=1)
    return replace(result, text=text, amount=rounded.amount) if count else result


async def _rounded_roots(tools: MathTools, raw: MathResult, result: AgentResult,
                         places: int) -> AgentResult:
    """Each real root to ``places`` decimals, the exact roots beside them."""
    shown: list[str] = []
    for solution in raw.solutions:
        name, sep, value = solution.rpartition(" = ")
        try:
            rounded = await _rounded(tools, MathResult("evaluate", value, value), places)
        except ToolError:
            return result
        number = rounded.text.split("**")[1]
        shown.append(f"{name} = {number}" if sep else number)
    note = "decimal place" if places == 1 else "decimal places"
    return replace(result, text=f"**{', '.join(shown)}** (to {places} {note}); exactly "
                                f"{raw.exact}")


def _in_forms(result: AgentResult, raw: MathResult, show: str) -> AgentResult:
    """Each form asked ("decimal,percent"): "3/4 = **0.75** = **75%**"."""
    shown: list[str] = []
    for form in show.split(","):
        if form in ("decimal", "scientific"):
            shown.append(_in_form(result, raw, form).text.rsplit(" = ", 1)[-1])
        elif form == "percent" and result.amount is not None:
            percent = Fraction(raw.exact.replace(" ", "")) * 100 if RATIO_OR_WHOLE.fullmatch(
                raw.exact.replace(" ", "")) else Fraction(result.amount) * 100
            exact = f"{float(percent):.2f}".rstrip("0").rstrip(".")
            shown.append(f"**{exact}%**" + ("" if percent.denominator == 1 or Fraction(
                exact) == percent else f" (exactly {percent.limit_denominator(10**6)}%)"))
        elif form == "exact" or (form == "fraction" and RATIO_OR_WHOLE.fullmatch(
                raw.exact.replace(" ", ""))):
            shown.append(f"**{raw.exact}**")
    if not shown:
        return result
    return replace(result, text=f"{raw.expression} = " + " = ".join(shown))


async def _factored(tools: MathTools, raw: MathResult, result: AgentResult) -> AgentResult:
    """A chain rule's derivative also in its factored form, as people write it."""
    factored = (await tools.calculate(raw.exact, "factor")).exact
    if raw.solutions or factored == raw.exact or "(" not in factored:
        return result
    shown = re.sub(r"(?<![\w.^])(\d+)\*(?=[a-z(])", r"\1", factored)
    return replace(result, text=re.sub(r"(\*\*(?:[^*]|\*(?!\*))+\*\*)", rf"\1 = **{shown}**",
                                       result.text, count=1))


def make_math_agent(tools: MathTools) -> Agent:
    async def math_agent(task: Subtask, context: AgentContext,
                         inputs: dict[str, AgentResult]) -> AgentResult:
        if task.depends_on and (stepped := await roots_step(tools, task.request, inputs)):
            return stepped  # "take the bigger root and double it", on the roots found before
        previous = _previous_value(inputs) if task.depends_on else None
        call = parse_math(task.request, previous=previous is not None)
        if not call.expression:
            return failed("I could not find a math expression in that")
        if call.operation == "entrywise":  # "[[1, 2], [3, 4]] + [[5, 6], [7, 8]]"
            return entrywise_result(call.expression)
        if call.operation == "values":  # "area and circumference", "gcd and lcm"
            return await several(tools, call.expression)
        call = _solved(call, inputs)
        if "ANS" in call.expression:
            if previous is None:
                return failed("there was no earlier result to use")
            call = _carried(call, inputs)
            call = replace(call, expression=call.expression.replace("ANS", f"({previous})"))
        try:
            raw = await run_math(tools, call)
            result = describe(raw)
            if (call.places is not None and raw.operation == "evaluate"
                    and result.amount is not None):
                result = await _rounded(tools, raw, call.places)
                if "exact" in call.show.split(","):  # "… to 2 dp and as a surd"
                    result = replace(result, text=f"{result.text}; exactly **{raw.exact}**")
            elif call.places is not None and raw.operation == "solve" and raw.solutions:
                result = await _rounded_roots(tools, raw, result, call.places)
            elif call.places is not None and result.amount is not None and raw.decimal:
                result = await _rounded_value(tools, raw, result, call.places)
            elif call.show and raw.operation == "evaluate":
                result = _in_forms(result, raw, call.show)
            elif raw.operation == "derivative" and re.search(r"\)\s*\^", raw.expression):
                result = await _factored(tools, raw, result)  # "= **12(3x + 8)^3**"
            elif MIXED_IN.search(raw.expression) and (mixed := _mixed(raw.exact)):
                result = replace(result, text=re.sub(r"(\*\*[^*]+\*\*)", rf"\1 = {mixed}",
                                                     result.text, count=1))
            if raw.operation == "solve" and "=" in call.named:  # prices of bundled items
                result = replace(result, text=named_prices(raw.exact, call.named) or result.text,
                                 basis=f"{result.basis}, where " + call.named.replace("=", " = ")
                                 .replace(",", ", "))
            if call.extra == "both" and raw.operation in ("minimum", "maximum"):  # max and min
                more = describe(await tools.extremum(
                    "minimum" if raw.operation == "maximum" else "maximum",
                    tidy(call.expression), call.variable))
                result = replace(result, text=f"{result.text}; {more.text}")
            if call.follow is not None:  # "… and add up their squares"
                result = await apply_follow(tools, call.follow, raw, result)
            if call.named and call.operation in ("evaluate", "form") and " = " in result.text:
                value = result.text.rsplit(" = ", 1)[1]  # "y = **6**", the basis keeps the sum
                result = replace(result, text=f"{call.named} = {value}")
            result = _in_cents(result) if call.money else result
            result = replace(result, currency=call.currency) if call.currency else result
            if call.unit and raw.operation == "derivative" and call.at:  # "… it is **24 m/s**"
                return replace(result, text=re.sub(r"\*\*([^*]+)\*\*(?!.*\*\*)",
                                                   rf"**\1 {call.unit}**", result.text))
            one = raw.operation != "solve" or len(raw.solutions) == 1  # "**d = 21 km**"
            return _with_unit(result, call.unit) if call.unit and one else result
        except ToolError as exc:
            return failed(f"the calculation was refused: {exc.reason}")

    async def rounded_agent(task: Subtask, context: AgentContext,
                            inputs: dict[str, AgentResult]) -> AgentResult:
        return in_clock_parts(task.request, as_asked(  # "whole number", "h and min"
            task.request, await math_agent(task, context, inputs)))
    return rounded_agent
