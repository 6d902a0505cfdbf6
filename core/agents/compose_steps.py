"""A last ask that works on what the reader before it found, cut off as a step of its own.

"a 330 ml beer at 4.2% — how many units, and how many in a week if I have 6?", "100 W for 12
hours a day. kWh a week, and what does that cost at 0.39 per kWh?", "35 ml per portion …
per portion if it makes 6?", "how many litres of soil, and how many 60 L bags?", "total
caffeine? and how much more before 400 mg", "average speed in km/h and in mph?": one reader
takes the whole message and answers its first ask; the last ask is a step on that answer (a
multiple, a share, a count of containers, a gap to a limit, the same figure in another unit).
The first ask stays with its reader and the step waits for its result.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.base import AgentResult
from core.agents.compose_reuse import NEW_FIGURE, priced, reuse_request
from core.agents.patterns import ci
from core.agents.plan import Subtask
from core.agents.quantities import target_units

N = r"[$€£]?(\d+(?:,\d{3})*(?:\.\d+)?)"
ASK = ci(r"\?|^\s*(?:(?:and|so|then|also|plus)[\s,]+)*(?:what|what's|whats|how|and|in|per|"
         r"at|if|when)\b")
UP_TO = ci(rf"\bhow\s+(?:much|many|far)\s+(?:\w+\s+)?(?:more|further|extra|else|left|to\s+go)\b"
           rf"[^?]*?\b(?:before|until|till|to|short\s+of|under|below|up\s+to)\s+(?:(?:i|we|you|"
           rf"it|he|she|they)\s+)?(?:(?:reach|hit|get\s+to|make)(?:es|s)?\s+)?(?:a\s+|the\s+|"
           rf"my\s+)?{N}|\bhow\s+(?:far|much|many\s+\w+)\s+(?:below|under|short\s+of|off|away\s+"
           rf"from)\s+(?:a\s+|the\s+|my\s+)?{N}")
UNTIL = ci(rf"\bhow\s+(?:much|many|far)\s+(?:[a-z]+\s+)?(?:until|till|before|to\s+(?:reach|hit|"
           rf"get\s+to|get\s+down\s+to|get\s+up\s+to))\s+(?:(?:i|we|you|it|he|she|they)\s+)?(?:(?:reach|"
           rf"hit|get\s+(?:down\s+|up\s+)?to|make)(?:es|s)?\s+)?(?:a\s+|the\s+|my\s+)?{N}")
ADDED = ci(rf"\b(?:add|adding|added|plus|put\s+in|throw\s+in)\s+(?:in\s+)?(?:another|an\s+extra|"
           rf"a\s+further|extra)?\s*{N}")
ABOVE = ci(rf"\bhow\s+(?:far|much|many\s+\w+)\s+(?:above|over|past|beyond)\s+(?:a\s+|the\s+|"
           rf"my\s+)?(?:normal\s+|usual\s+)?{N}")
IF_COUNT = ci(rf"\bif\s+(?:i|we|you|they|he|she)\s+(?:have|had|drink|eat|take|do|make|buy|use|"
              rf"run|need|get|order|drank|ate)\s+{N}\b(?!\s*(?:%|percent|per\s*cent|[a-z]*\s*(?:"
              rf"per|a|each)\b))")
PER_IF = ci(r"\b(?:per|a|each|every)\s+(?P<noun>[a-z]+)\b[^?]*?\b(?:if|with|when|for|across|"
            r"over|between|among)\s+(?:it\s+(?:makes|serves|feeds|gives)|there\s+are|(?:i|we|"
            r"you|they)\s+(?:eat|have|make|get|serve|split\s+it\s+into|are)|we're|split\s+into)?"
            r"\s*[$€£]?(?P<k>\d+(?:\.\d+)?)\b")
FOR_EACH = ci(rf"\bif\s+(?:it\s+(?:makes|serves|feeds)|(?:i|we)\s+(?:eat|have|make|split\s+it\s+"
              rf"into))\s+{N}\s+(?P<noun>[a-z]+)")
CONTAINER = ci(rf"\bhow\s+many\s+(?P<full>full\s+|whole\s+|complete\s+)?{N}\s*-?\s*(?P<u>[a-zµ]+"
               rf"\.?)?\s+(?P<c>bags?|boxes|box|tins?|cans?|packs?|packets?|bottles?|glasses|"
               rf"glass|cups?|jars?|sacks?|tubs?|cartons?|rolls?|reams?|tanks?|loads?|trips?|"
               rf"containers?|buckets?|pots?|servings?|portions?|doses?|spoons?|scoops?)\b")
EACH_IS = ci(rf"\bhow\s+many\s+(?P<c>[a-z]+)\b[^?]*?\bif\s+(?:a|an|one|each)\s+(?P=c)?\w*\s+"
             rf"(?:is|holds|weighs|takes|has|=)\s+{N}\s*(?P<u>[a-zµ]+)?")
BUY = ("bag", "box", "tin", "can", "pack", "bottle", "jar", "sack", "tub", "carton", "roll",
       "ream", "load", "trip", "container", "bucket", "pot")
IN_UNIT = ci(r"^\s*(?:(?:and|so|also|plus)[\s,]+)*(?:(?:what(?:'s|\s+is|\s+are)|how\s+much\s+is)"
             r"\s+(?:that|it|this|those|they|the\s+same)\s+)?(?:in|into|to)\s+(?P<u>[a-z°/\s.²³]+?)"
             r"\s*\??\s*$")
GIVEN = re.compile(r"^Working on the (?P<v>-?\d+(?:\.\d+)?) (?P<u>\D.*)$")
SIZED = ci(r"\bthat\s*/\s*(?P<v>\d+(?:\.\d+)?)\s+(?P<u>[a-z]+)\b")
SCALE = {"ml": ("l", 0.001), "millilitres": ("l", 0.001), "milliliters": ("l", 0.001),
         "cl": ("l", 0.01), "l": ("l", 1.0), "litre": ("l", 1.0), "litres": ("l", 1.0),
         "liter": ("l", 1.0), "liters": ("l", 1.0), "g": ("g", 1.0), "grams": ("g", 1.0),
         "gram": ("g", 1.0), "kg": ("g", 1000.0), "kilo": ("g", 1000.0), "kilos": ("g", 1000.0),
         "mg": ("g", 0.001), "m": ("m", 1.0), "cm": ("m", 0.01), "km": ("m", 1000.0),
         "kilograms": ("g", 1000.0), "milligrams": ("g", 0.001), "metres": ("m", 1.0),
         "meters": ("m", 1.0)}


def _n(text: str) -> str:
    text = text.replace(",", "")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _per_container(found: re.Match[str]) -> str:
    size, unit = _n(found.group(2)), (found.group("u") or "").lower().rstrip(".")
    share = f"that / {size} {unit}" if unit in SCALE else f"that / {size}"
    if found.group("full"):
        return f"floor({share})"
    if any(found.group("c").lower().startswith(word) for word in BUY):
        return f"ceiling({share})"
    return share


def sized(task: Subtask, inputs: dict[str, AgentResult]) -> Subtask:
    """A step that shares the answer out by a measure ("that / 250 ml") with the measure in
    the answer's own unit (an answer of 2.38 litres: "that / 0.25"); a measure whose unit
    the answer does not name is taken as given."""
    found = SIZED.search(task.request)
    if task.label != NEW_FIGURE or found is None:
        return task
    unit = next((r.currency.strip().lower() for r in inputs.values() if r.amount is not None),
                "")
    own = SCALE.get(found.group("u").lower())
    theirs = SCALE.get(unit.rstrip("."))
    size = float(found.group("v"))
    if own is not None and theirs is not None and own[0] == theirs[0]:
        size = size * own[1] / theirs[1]
    request = f"{task.request[:found.start()]}that / {size:g}{task.request[found.end():]}"
    return replace(task, request=request)


def step_request(piece: str, head: str) -> str | None:
    """The calculation the last ask makes of the first ask's answer, as the maths reader reads
    it, or None."""
    text = piece.strip()
    if not ASK.search(text) or len(text) > 160:
        return None
    if (found := UP_TO.search(text)) is not None:
        return f"{_n(found.group(1) or found.group(2))} minus that"
    if (found := UNTIL.search(text)) is not None:  # up or down to it
        return f"|{_n(found.group(1))} - that|"
    if (found := ADDED.search(text)) is not None and re.search(
            r"\b(?:total|in\s+all|altogether|how\s+(?:much|many)|now|then)\b", text, re.I):
        return f"that plus {_n(found.group(1))}"
    if (found := ABOVE.search(text)) is not None:
        return f"that minus {_n(found.group(1))}"
    if (found := CONTAINER.search(text)) is not None:
        return _per_container(found)
    if (found := EACH_IS.search(text)) is not None:
        unit = (found.group("u") or "").lower()
        return f"that / {_n(found.group(2))}" + (f" {unit}" if unit in SCALE else "")
    if (cost := priced(text)) is not None:  # a cost: to the cent
        return cost
    if (found := IF_COUNT.search(text)) is not None and re.search(
            r"\b(?:how\s+(?:many|much)|what|total|in\s+all|altogether)\b", text, re.I):
        return f"{_n(found.group(1))} times that"
    if (found := PER_IF.search(text) or FOR_EACH.search(text)) is not None:
        return f"that divided by {_n(found.group('k') if found.re is PER_IF else found.group(1))}"
    if not re.search(r"\b(?:that|it|this|those|them)\b", text, re.I):
        return None  # "what will their ages add to in 4 years?" is no step on the answer
    return reuse_request(text, head)


def _label(step: str) -> str:
    """A count of containers, a cost at a price or a share of a year is a figure of a new
    kind: it does not keep the unit of the answer it is worked from."""
    if re.match(r"(?:floor|ceiling)\(|that\s*/", step) or step.endswith("to 2 decimal places"):
        return NEW_FIGURE
    return "Working on the result"


def _given_amount(task: Subtask, head: str, piece: str) -> str | None:
    """The amount a conversion starts from, when the step after it speaks of that amount's
    unit (so works on the amount, not on the converted figure)."""
    from core.agents.quantities import mentions, parse_conversion, prepare

    ask = parse_conversion(head) if task.agent == "units" else None
    if ask is None or ask.more:
        return None
    named = [m for m in mentions(prepare(piece)) if any(u.pint == ask.source.pint for u in m.units)]
    return f"{ask.value:g} {ask.source_text}" if named else None


def given_inputs(task: Subtask, inputs: dict[str, AgentResult]) -> dict[str, AgentResult]:
    """A step on the amount a conversion started from works on that amount, in its unit."""
    found = GIVEN.match(task.label)
    if found is None:
        return inputs
    amount = AgentResult(ok=True, text="", amount=float(found.group("v")),
                         currency=found.group("u"))
    return {d: amount for d in inputs}


def _target(piece: str) -> bool:
    found = IN_UNIT.match(piece)
    return found is not None and bool(target_units(found.group("u"), bare=True))


def _worked_whole(request: str, head: str) -> bool:
    """"My 2000 W heater runs 6.5 hours a day at 0.24 per kWh. What does it cost over 365
    days?": the word reader works the whole ask, step included, so it is not cut."""
    from core.agents.words_reckon import reckon

    whole = reckon(request)
    if whole is None:
        return False
    part = reckon(head)
    return part is None or (whole.value, whole.unit) != (part.value, part.unit)


def steps_on_reading(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """Each reader's part whose last ask is a step on its answer becomes the part and the
    step, in that order; the step waits for the part."""
    from core.agents.clauses import pieces
    from core.agents.intents import classify

    if len(text) > 1000:
        return subtasks
    out: list[Subtask] = []
    moved: dict[str, str] = {}  # a later part that used a split part's answer uses the step's
    for task in subtasks:
        cut = pieces(task.request) if task.agent in ("health", "units", "math") and not (
            task.depends_on) else []
        if len(cut) < 2:
            out.append(task)
            continue
        piece = cut[-1][1].strip()
        head = "".join(sep + p for sep, p in cut[:-1]).strip(" ,;")
        step = step_request(piece, head) if not re.search(
            r"\b(?:and|or)\s*$", head, re.I) else None
        if task.agent == "math":  # a calculation: only a share taken off a figure it names
            step = _left_of(piece)
            if step is None:
                out.append(task)
                continue
        convert = step is None and _target(piece)
        alone = classify(head)
        if not alone.complete and not head.endswith("?"):  # "… Average speed in km/h"
            head = f"{head.rstrip(' ,.;:')}?"
            alone = classify(head)
        if (step is None and not convert) or not alone.complete or alone.agent != task.agent or (
                step is not None and task.agent == "health" and _worked_whole(task.request, head)):
            out.append(task)
            continue
        out.append(Subtask(task.id, task.agent, head, task.depends_on, task.label))
        if step is not None and (given := _given_amount(task, head, piece)) is not None:
            # "112 kg in stone? and how many kg until I reach 86?": on the amount given
            out.append(Subtask(f"{task.id}s", "math", step, (task.id,),
                               label=f"Working on the {given}"))
            continue
        if step is None:
            out.append(Subtask(f"{task.id}c", "units", piece, (task.id,),
                               label="Converting units"))
        else:
            out.append(Subtask(f"{task.id}s", "math", step, (task.id,), label=_label(step)))
        moved[task.id] = out[-1].id
    return [replace(t, depends_on=tuple(moved.get(d, d) for d in t.depends_on))
            if t.depends_on and t.id not in moved.values() else t for t in out]


LEFT_OF = ci(rf"\b(?:left|remains?|remaining)\s+(?:of|from)\s+(?:the\s+|my\s+)?{N}\s+(?:\w+\s+)?"
             rf"(?:after|once|when|if)\s+(?:(?:i|you|we)\s+)?(?:tak\w+|subtract\w*|remov\w+|"
             rf"deduct\w*|spend\w*|pay\w*)\s+(?:that|it|this)\b")


def _left_of(piece: str) -> str | None:
    """"what's left of the 384 after taking that off": the figure less the answer before."""
    found = LEFT_OF.search(piece)
    return f"{_n(found.group(1))} minus that" if found is not None else None
