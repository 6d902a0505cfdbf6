"""The executor's side of the rate carry: the earlier results as quantities, nearest first,
and the later part worked on the first that fits (:mod:`core.agents.carry_rate`).

A result with an amount gives it; a summary with several figures ("overall average speed:
**18.6 km/h**", "total **478.06** USD", means of each column) gives each labelled figure,
the one whose label the earlier part asked for first."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from core.agents.base import AgentResult
from core.agents.carry_rate import Quantity, carry
from core.agents.carry_units import unit_key
from core.agents.plan import Subtask

FIGURE = re.compile(r"\*\*(?P<v>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?![\d:])(?:\s*"
                    r"(?P<u>[a-z°/$€£][\w°/]*))?(?:\*\*\s*(?P<after>[a-z]{1,5}(?:/[a-z]+)?\b))?",
                    re.I)
WORD = re.compile(r"[a-z]{3,}", re.I)


def quantities(result: AgentResult, asked: str = "") -> list[Quantity]:
    """The figures of a finished part as typed quantities: its amount, or its labelled
    figures, those whose label shares most words with what was asked first."""
    from core.agents.executor import headline_amount

    if not result.ok:
        return []
    result = headline_amount(result)
    first = None if result.amount is None else Quantity(
        result.amount, unit_key(result.currency) if result.currency else "")
    if first is not None and first.unit:
        return [first]
    wanted = {w.lower() for w in WORD.findall(asked)}
    found = []
    for index, line in enumerate(result.text.splitlines()[:40]):
        figure = FIGURE.search(line)
        if figure is None or line.startswith("_"):
            continue
        unit = unit_key(figure.group("u") or figure.group("after") or "")
        label = {w.lower() for w in WORD.findall(line[:figure.start()])}
        found.append((-len(label & wanted), index,
                      Quantity(float(figure.group("v").replace(",", "")), unit)))
    lines = [q for *_, q in sorted(found, key=lambda f: (f[0], f[1]))]
    if first is None:
        return lines
    same = [q for q in lines if abs(q.value - first.value) < 0.005 and q.unit]
    return [*same[:1], first]  # the amount, with the unit its line shows


def carried_result(task: Subtask, results: Mapping[str, AgentResult],
                   asked: Mapping[str, str]) -> AgentResult | None:
    """The task's rate applied to the nearest earlier result it fits, or None."""
    earlier = [q for d in reversed(task.depends_on) if d in results
               for q in quantities(results[d], asked.get(d, ""))]
    if not earlier:
        return None
    own = task.request.split(" — ")[0] if task.agent == "health" else task.request
    worked = carry(own, earlier)  # the part's own words, not the details carried with it
    if worked is None:
        return None
    return AgentResult(ok=True, text=worked.text, basis=worked.basis, amount=worked.amount,
                       currency=worked.unit)


def filled_task(task: Subtask, results: Mapping[str, AgentResult],
                asked: Mapping[str, str]) -> Subtask | None:
    """The task with the nearest earlier result written in where its words name it, for the
    reader those words call for; None without such a result."""
    from core.agents.carry_fill import filled
    from core.agents.intents import Context, classify

    earlier = [q for d in reversed(task.depends_on) if d in results
               for q in quantities(results[d], asked.get(d, ""))[:1]]
    if not earlier:
        return None
    request = filled(task.request, next((q for q in earlier if q.unit), earlier[0]))
    intent = classify(request, Context())
    agent = intent.agent if intent.complete and intent.agent in TOOLS else task.agent
    return replace(task, agent=agent, request=request, depends_on=(), label="")  # type: ignore[arg-type]


TOOLS = ("math", "units", "health", "data")
__all__ = ["carried_result", "filled_task", "quantities"]
