"""Money worked on before it is converted: "dinner came to €272.87, split 5 ways. how much
each, and what's one share in pounds?", "the bill is $84 and we add a 15% tip, what is that
in euros?". The conversion names the currency, but the amount it converts is the share, the
total with the tip, what is left: the sum is worked out first and its result converted."""

from __future__ import annotations

import re

from core.agents.mathtext import parse_math
from core.agents.plan import Subtask
from core.agents.quantities import parse_conversion, target_units


def worked_then_converted(subtasks: list[Subtask]) -> list[Subtask]:
    out: list[Subtask] = []
    for task in subtasks:
        ask = parse_conversion(task.request) if task.agent == "units" and not task.depends_on \
            else None
        call = parse_math(task.request) if ask is not None else None
        if ask is None or call is None or ask.source.dim != "currency" or not call.money or \
                "ANS" in call.expression or not re.search(r"[-+*/]", call.expression) or \
                any(t.depends_on == (task.id,) for t in subtasks):
            out.append(task)
            continue
        out.append(Subtask(task.id, "math", task.request, label="Working out the amount"))
        out.append(Subtask(f"{task.id}c", "units", f"assuming it is in {ask.source.pint}, what "
                           f"is it in {ask.target_text}?", (task.id,),
                           label="Converting the amount"))
    return out


SYMBOLS = {"£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY"}


def _currency_in(text: str) -> str | None:
    """The one currency a request's money is in ("Rent's £2350 a month" → GBP), or None."""
    from core.agents.compose_bill import CURRENCY

    codes = {code for symbol, code in SYMBOLS.items() if symbol in text}
    for word in CURRENCY.finditer(text):
        found = target_units(f"in {word.group(0)}", bare=True)
        if found and found[0].units[0].dim == "currency":
            codes.add(found[0].units[0].pint)
    return codes.pop() if len(codes) == 1 else None


def _chain_currency(task: Subtask, by_id: dict[str, Subtask]) -> str | None:
    """The currency of a worked sum, or of the sum it works on ("total? each one's share?
    and that share in pounds?": the total was in euros)."""
    for _ in range(4):
        if (code := _currency_in(task.request)) is not None:
            return code
        before = [by_id[d] for d in task.depends_on if d in by_id]
        if len(before) != 1 or before[0].agent != "math":
            return None
        task = before[0]
    return None


def worked_money_keeps_currency(subtasks: list[Subtask]) -> list[Subtask]:
    """"Rent's £2350 a month. How much is that per year, and the yearly amount in US
    dollars?": the yearly sum is in pounds, so the conversion starts from pounds."""
    by_id = {t.id: t for t in subtasks}
    out: list[Subtask] = []
    for task in subtasks:
        sources = [by_id[d] for d in task.depends_on if d in by_id]
        target = target_units(task.request, bare=True) if task.agent == "units" else []
        code = _chain_currency(sources[0], by_id) if len(sources) == 1 and \
            sources[0].agent == "math" else None
        money = [u for u in (target[0].units if target else ()) if u.dim == "currency"]
        if not money or code is None or money[0].pint == code or re.search(
                r"\b(?:assuming|if|suppose|say)\b", task.request, re.I):
            out.append(task)
            continue
        out.append(Subtask(task.id, "units", f"assuming it is in {code}, "
                           f"{task.request.strip()}", task.depends_on, task.label))
    return out
