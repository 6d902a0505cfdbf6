"""Template synthesis: the agents' results → one answer that shows its basis.

Works with the embedded model (no generation needed). Every part that used a tool carries
its basis (the expression solved, the numbers used); every part that could not be
finished says so.
"""

from __future__ import annotations

import re

from core.agents.ask_census import unanswered
from core.agents.executor import Outcome


def compose(outcome: Outcome, preface: str = "") -> str:
    parts = [preface] if preface else []
    shown = [s for s in outcome.plan.subtasks if not _feeds_another(outcome, s.id)]
    numbered = len(shown) > 1
    for index, task in enumerate(shown, start=1):
        result = outcome.results[task.id]
        head = f"**{index}. {task.title}**\n" if numbered else ""
        if result.ok:
            basis = f"\n_Basis: {result.basis}._" if result.basis else ""
            text = _in_currency(result.text, result.currency) if task.agent == "math" else \
                result.text
            parts.append(f"{head}{text}{basis}")
        else:
            parts.append(f"{head}⚠️ I couldn't finish this part ({task.title.lower()}): "
                         f"{result.missing}.")
    missing = [s.title.lower() for s in shown if not outcome.results[s.id].ok]
    if missing and len(shown) > 1:
        parts.append(f"_This answer is partial: missing {', '.join(missing)}._")
    if (note := not_answered(outcome)):
        parts.append(note)
    return "\n\n".join(parts)


def not_answered(outcome: Outcome) -> str:
    """The asks of the message that name a unit or currency no answer is given in, said
    rather than dropped in silence; "" when every one was answered."""
    answers = [r.text for r in outcome.results.values() if r.ok]
    if not any(r.ok for r in outcome.results.values()):
        return ""
    asks = unanswered(outcome.plan.unit_asks, answers)
    if not asks:
        return ""
    said = "; ".join(f"“{FIGURE.sub('…', ask[:120])}”" for ask in asks[:3])  # no figure echoed
    return f"_Not worked out here: {said}._"


SYMBOL = re.compile(r"[$€£¥]")
FIGURE = re.compile(r"\d[\d,.]*")
CODE = re.compile(r"[A-Z]{3}")
BARE = re.compile(r"\*\*(-?\d[\d,]*(?:\.\d+)?)\*\*")


def _in_currency(text: str, currency: str) -> str:
    """A sum worked from money keeps its currency in sight: "20 * 10.97 = **219.46**" with
    pounds carried → "= **£219.46**" ("**30.05 EUR**" for a code)."""
    currency = currency.strip()
    if SYMBOL.fullmatch(currency):
        return BARE.sub(lambda m: f"**{currency}{m.group(1)}**", text, count=1)
    if CODE.fullmatch(currency):
        return BARE.sub(lambda m: f"**{m.group(1)} {currency}**", text, count=1)
    return text


def _feeds_another(outcome: Outcome, task_id: str) -> bool:
    """A successful reading of an image that a later part used is shown through that part
    (the conversion states the amount it read); a calculation that another builds on
    ("then add 5") stays visible."""
    task = next(s for s in outcome.plan.subtasks if s.id == task_id)
    users = [s for s in outcome.plan.subtasks if task_id in s.depends_on]
    result = outcome.results[task_id]
    only_amount = re.fullmatch(r"The total is \*\*[^*\n]+\*\*\.", result.text.strip())
    return task.agent == "vision" and bool(users) and result.ok and bool(only_amount) and all(
        u.agent == "units" and outcome.results[u.id].ok for u in users)  # "Apples" stays said
