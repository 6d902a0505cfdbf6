"""Asks that one reader was handed together are each made a part of their own.

A message such as "temps 41, 37, 50, 45 °F: mean (1 dp), and what's that in °C?" or "a 10%
deposit on $250,000, how many months to save it? and the deposit in CAD at 1 USD = 1.36
CAD?" reaches one reader whole; it answers the first ask and the follow-on is dropped. The
census of the part's asks (:mod:`core.agents.ask_census`) finds the follow-ons at its end –
asks with no amount of their own that convert or point back – and each becomes a part that
waits for the answer it names (by its words; else the part before it), so that the
executor's carry works on that figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.ask_census import (
    EXCHANGE,
    MONEY_CODES,
    Ask,
    census,
    converts,
    follow_on,
    named_source,
)
from core.agents.carry_plan import qualifies
from core.agents.carry_rate import rates
from core.agents.intents import Context, classify
from core.agents.plan import AgentName, Subtask
from core.agents.stated_currency import target

CUT_AGENTS = ("math", "units", "health", "data")
COMPARES = re.compile(r"\b(?:over|under|more|less|left|remain\w*|differen\w*|warmer|colder|"
                      r"higher|lower|short|spare|enough|before|after)\b", re.I)
CONNECTOR = re.compile(r"(?:[,;:\s—–-]|\b(?:and|then|also|plus)\b)+$", re.I)
MAX_PARTS = 8
LEFT_OVER = re.compile(r"\(\s*(?:at\s+|rate\s*)?\)|(?:\b(?:with|using|at)\s*)?(?:\ba\s+)?"
                       r"(?:\b(?:rate|factor)(?:\s+of)?\s*)?$", re.I)
WORDS = re.compile(r"[^\W\d_]+")
ROUNDING = re.compile(r"^\s*(?:and\s+|please\s+)*(?:round\w*|answers?|give\s+(?:both|each|all|"
                      r"them|answers?))\b(?!.*\b(?:that|it|this)\s+(?:in|to)\b)", re.I)


def cut_follow_ons(subtasks: list[Subtask], context: Context) -> list[Subtask]:
    """The plan with each follow-on ask at the end of a part made a part of its own."""
    out: list[Subtask] = []
    for task in subtasks:
        used = any(task.id in other.depends_on for other in subtasks)
        out.extend([task] if used else _cut(task, context))  # a step on it is planned already
    if len(out) == len(subtasks) or len(out) > MAX_PARTS:
        return subtasks
    names = {task.id: f"t{index}" for index, task in enumerate(out, start=1)}
    return [replace(t, id=names[t.id], depends_on=tuple(names.get(d, d) for d in t.depends_on))
            for t in out]


def _joined(asks: list[Ask]) -> list[Ask]:
    """A piece that only states a factor or a rounding ("(at 1 USD = 0.8 GBP)", "1 dp")
    belongs to the piece before it."""
    out: list[Ask] = []
    for ask in asks:
        if out and (qualifies(ask.text) or len(WORDS.findall(ask.text)) < 2 or ROUNDING.match(
                ask.text)):
            last = out[-1]
            out[-1] = Ask(f"{last.text} {ask.text}", last.start, last.asks)
            continue
        out.append(ask)
    return out


def _cut(task: Subtask, context: Context) -> list[Subtask]:
    if task.depends_on or task.label or task.agent not in CUT_AGENTS or len(task.request) > 600:
        return [task]
    asks = _joined(census(task.request))
    tail: list[Ask] = []
    for ask in reversed(asks):
        if not ask.asks or not follow_on(ask.text) or COMPARES.search(ask.text) or \
                _follow_agent(ask.text, task.agent, context) is None:
            break
        tail.insert(0, ask)
    head_asks = asks[:len(asks) - len(tail)]
    if not tail or not any(a.asks for a in head_asks):
        return [task]
    head = CONNECTOR.sub("", task.request[:tail[0].start]).strip()
    agent = _head_agent(task, head, context)
    if agent is None:
        return [task]
    out = [replace(task, agent=agent, request=head)]
    earlier = [" ".join(a.text for a in head_asks if a.asks)]
    for index, ask in enumerate(tail):
        source = named_source(ask.text, earlier)
        depends = out[source if source is not None else len(out) - 1].id
        out.append(Subtask(f"{task.id}f{index}", _follow_agent(ask.text, agent, context)
                           or "units", _rate_written(ask.text), (depends,)))
        earlier.append(ask.text)
    return out


def _rate_written(ask: str) -> str:
    """"… with a rate of 0.92 EUR per dollar": the exchange rate also written as "1 USD = 0.92
    EUR", the form every conversion reads."""
    if EXCHANGE.search(ask):
        return ask
    money = [r for r in rates(ask) if r.top in MONEY_CODES and r.base in MONEY_CODES]
    if len(money) != 1:
        return ask
    rate = money[0]
    words = LEFT_OVER.sub("", ask.replace(rate.shown_as, " ").strip(" .?"))
    words = re.sub(r"\s+", " ", LEFT_OVER.sub("", words)).strip()
    if not target(words):
        words = f"{words} in {rate.top}"
    return f"{words} (at 1 {rate.base} = {rate.factor:g} {rate.top})"


def _head_agent(task: Subtask, head: str, context: Context) -> AgentName | None:
    """The reader for what is left: the same one for a file's or an image's figures, else
    the one the words now call for."""
    if not re.search(r"\d", head) and task.agent != "data":
        return None
    if task.agent == "data" and (context.has_csv or context.images):
        return "data"
    intent = classify(head, context)
    if not intent.complete or intent.agent not in CUT_AGENTS:
        return None
    return intent.agent  # type: ignore[return-value]


def _follow_agent(ask: str, before: str, context: Context) -> AgentName | None:
    """A conversion of the answer goes to the units reader; a step on it ("that times 4",
    "my BMI at that weight") to the reader its words call for; a summary of the figures
    ("plot them", "their median") stays with the part that holds them (None)."""
    if converts(ask):
        return "units"
    intent = classify(ask, context, previous=True, after=before)
    if intent.complete and intent.agent in ("math", "units", "health"):
        return intent.agent  # type: ignore[return-value]
    return None


__all__ = ["cut_follow_ons"]
