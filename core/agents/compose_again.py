"""The same ask again with another figure: "what's it worth after 1 year, and after 3?",
"how much is left after 8 hours, and after 12?", "a BMI of 18.5 and of 24.9?", "at 5%, and
at 7%?", "for 2 people, and for 6?".

The reader that takes the whole message answers the first figure only. The ask is written
out again with the later figure in place of the first (its unit kept when the later one
names none), as a part of its own for the same agent.
"""

from __future__ import annotations

import itertools
import re

from core.agents.patterns import ci
from core.agents.plan import Subtask

PREPOSITION = r"(?:after|at|for|of|in|with|on|over|by|to|from|within)"
NUMBER = r"-?\d+(?:,\d{3})*(?:\.\d+)?"
AGAIN = ci(rf"^\s*(?:(?:and|or|also|then|plus)[\s,]+)*(?:(?:what|how)\s+about\s+|and\s+)?"
           rf"(?P<p>{PREPOSITION})\s+(?P<n>{NUMBER})\s*(?P<u>%|[a-z]+)?\s*(?:too|as\s+well)?"
           rf"\s*[?.!]*\s*$")


def _again(head: str, piece: str) -> str | None:
    """The head's ask with the piece's figure in place of its last figure after the same
    preposition, or None."""
    found = AGAIN.match(piece)
    if found is None:
        return None
    preposition, number, unit = found.group("p").lower(), found.group("n"), found.group("u")
    spots = list(re.finditer(rf"\b{preposition}\s+(?:a\s+|an\s+)?(?P<n>{NUMBER})\s*"
                             rf"(?P<u>%|[a-z]+\b)?", head, re.I))
    if not spots:
        return None
    spot = spots[-1]
    old_unit = spot.group("u") or ""
    if unit and old_unit and unit.lower().rstrip("s") != old_unit.lower().rstrip("s"):
        return None  # "after 8 hours, and in 12 days": not the same ask
    if unit:
        new_unit = unit
    elif old_unit and old_unit.lower() not in ("and", "or", "to", "the", "a", "is", "it"):
        singular = old_unit.rstrip("s") if old_unit.lower().endswith("s") and len(
            old_unit) > 3 else old_unit
        new_unit = singular if float(number.replace(",", "")) == 1 or not singular.isalpha() or \
            old_unit == "%" else f"{singular}s"
    else:
        new_unit, old_unit = "", ""
    end = spot.end("u") if old_unit and spot.group("u") else spot.end("n")
    said = f"{preposition} {number}" + (
        "" if not new_unit else (new_unit if new_unit == "%" else f" {new_unit}"))
    return f"{head[:spot.start()]}{said}{head[end:]}"


def same_ask_again(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """A part whose last words only give another figure for its ask becomes two parts: the
    ask, and the ask again with that figure."""
    from core.agents.clauses import pieces
    from core.agents.intents import classify

    if len(text) > 1000:
        return subtasks
    out: list[Subtask] = []
    for task in subtasks:
        cut = pieces(task.request) if task.agent in ("health", "units", "math") and not (
            task.depends_on) else []
        if len(cut) < 2 or not AGAIN.match(cut[-1][1]):
            out.append(task)
            continue
        head = "".join(sep + p for sep, p in cut[:-1]).strip(" ,;")
        again = _again(head, cut[-1][1].strip())
        first, second = classify(head), classify(again) if again else None
        if again is not None and not first.complete and not head.endswith("?"):
            head, again = f"{head.rstrip(' ,.;:')}?", f"{again.rstrip(' ,.;:')}?"
            first, second = classify(head), classify(again)
        if again is None or second is None or not first.complete or not second.complete or \
                first.agent != task.agent or second.agent != task.agent:
            out.append(task)
            continue
        out.append(Subtask(task.id, task.agent, head, task.depends_on, task.label))
        out.append(Subtask(f"{task.id}a", task.agent, again))
    return out


QUESTION = re.compile(r"^\s*(?:(?:and|also|so|plus|then)[\s,]+)*(?:what|what's|whats|how|which|"
                      r"when|where|who|(?:by|at|on|in|to)\s+what)\b|\?\s*$", re.I)


def asks_apart(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"she was 4.14 kg at birth and is 6.06 kg now. how much has she gained, and by what
    percent?": the word reader works one ask from the whole message; each ask is read with
    the statement on its own when that gives answers that differ, one part per ask."""
    from core.agents.clauses import pieces
    from core.agents.words_reckon import reckon

    if len(text) > 600:
        return subtasks
    out: list[Subtask] = []
    moved: dict[str, str] = {}
    for task in subtasks:
        cut = pieces(task.request) if task.agent == "health" and not task.depends_on else []
        first = next((n for n, (_, p) in enumerate(cut) if QUESTION.search(p)), None)
        asked = [p.strip() for _, p in cut[first:]] if first else []
        if len(asked) < 2 or not all(QUESTION.search(p) for p in asked):
            out.append(task)
            continue
        statement = "".join(sep + p for sep, p in cut[:first]).strip()
        requests = [f"{statement} {_question(p)}" for p in asked]
        values = [(r, found) for r in requests if (found := reckon(r)) is not None]
        if len({(f.value, f.unit) for _, f in values}) < 2:
            out.append(task)
            continue
        out.extend(Subtask(task.id if n == 0 else f"{task.id}q{n}", "health", request,
                           label=task.label) for n, (request, _) in enumerate(values))
        moved[task.id] = out[-1].id
    return [t if not set(t.depends_on) & moved.keys() else Subtask(  # a step on the result
        t.id, t.agent, t.request, tuple(moved.get(d, d) for d in t.depends_on), t.label,  # before
        t.timeout_s, t.max_tokens) for t in out]  # it: the last of the asks read apart


def _question(piece: str) -> str:
    """"and by what percent" → "by what percent?"."""
    piece = re.sub(r"^\s*(?:(?:and|also|so|plus|then)[\s,]+)+", "", piece).strip(" ,;")
    return piece if piece.endswith("?") else f"{piece}?"


TOGETHER = re.compile(r"\b(?:total|combined|together|altogether|in\s+all|sum|difference|"
                      r"compare\w*|between|more|less|higher|lower|faster|slower|heavier|lighter|"
                      r"than|gap|ratio|average\s+of|all\s+up)\b", re.I)


def each_group(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"BMI for me (51 kg, 1.63 m) and my husband (91 kg, 1.92 m)", "ran 5 km in 25 min and
    10 km in 48 min, my speeds?": the same kinds of figure given again for someone or
    something else is the same ask again; each set of figures is asked on its own."""
    from core.agents.intents import classify
    from core.agents.quantities import mentions, prepare, quantities

    tools = [t for t in subtasks if t.agent != "chat"]
    if len(tools) != 1 or tools[0].agent not in ("health", "units") or tools[0].depends_on or \
            len(text) > 400:
        return subtasks
    task = tools[0]
    if TOGETHER.search(text):
        return subtasks  # "our combined weight", "the difference between them": one ask on all
    prepared = prepare(task.request)
    found = quantities(prepared, mentions(prepared))
    dims = [q.mention.units[0].dim for q in found]
    size = next((len(dims) // k for k in (2, 3) if len(dims) % k == 0 and len(dims) // k >= 2
                 and dims == dims[:len(dims) // k] * k and len(set(dims[:len(dims) // k])) > 1),
                0)
    if not size:
        return subtasks
    groups = [found[n:n + size] for n in range(0, len(found), size)]
    asks = []
    for keep in groups:
        said = prepared
        for group in reversed(groups):
            if group is not keep:
                said = f"{said[:group[0].start]}{said[group[-1].mention.end:]}"
        intent = classify(said)
        if not intent.complete or intent.agent != task.agent:
            return subtasks
        asks.append(said)
    at = subtasks.index(task)
    return [*subtasks[:at], *(Subtask(task.id if n == 0 else f"{task.id}g{n}", task.agent, ask,
                                      label=task.label) for n, ask in enumerate(asks)),
            *subtasks[at + 1:]]


def both_units(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"27 psi, but the pump shows bar and kPa. what are both?", "that in kg and in pounds?":
    an amount asked in two units beside each other is converted to each."""
    from core.agents.quantities import mentions, parse_conversion, prepare, quantities

    if len(text) > 600:
        return subtasks
    prepared = prepare(text)
    found = mentions(prepared)
    given = {q.mention.start for q in quantities(prepared, found)}
    asked = [m for m in found if m.start not in given]
    out = list(subtasks)
    for task in subtasks:
        ask = parse_conversion(task.request) if task.agent == "units" and not task.depends_on \
            else None
        if ask is None or ask.more:
            continue
        pairs = [(a, b) for a, b in itertools.pairwise(asked) if re.fullmatch(
            r"\s*(?:,|and|or|&|/)\s*(?:in\s+|to\s+)?", prepared[a.end:b.start], re.I)]
        for first, second in pairs:
            units = {u.pint for m in (first, second) for u in m.units[:1]}
            if ask.target.pint not in units or ask.source.pint in units:
                continue
            other = second if first.units[0].pint == ask.target.pint else first
            if other.units[0].dim != ask.source.dim or any(
                    t.agent == "units" and other.surface in t.request for t in subtasks):
                continue
            at = out.index(task) + 1
            out.insert(at, Subtask(f"{task.id}b", "units", f"convert {ask.value:g} "
                                   f"{ask.source_text} to {other.surface}",
                                   label="Converting units"))
    return out
