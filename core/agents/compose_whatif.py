"""The same ask again with one figure changed: "how much interest at 2%? and what if the rate
was 5% instead?", "…at $40 a night? what about at $55?", "simple interest for 5 years? and if
I leave it twice as long?". Read as one ask, the second case is lost. The first ask is
answered as written and again with the new figure put in place of the one it replaces.
"""

from __future__ import annotations

import re

from core.agents.plan import Subtask

WHAT_IF = re.compile(r"^(?P<q>.+?\?)\s*(?:and\s+|but\s+|so\s+|ok\s+|now\s+)?(?P<w>(?:what|how)"
                     r"\s+(?:if|about)\b|if\b|and\s+if\b|suppose\b|say\b)(?P<rest>[^?]*)\??\s*$",
                     re.I | re.S)
ALONE = re.compile(r"^(?:and\s+|but\s+|so\s+|ok\s+|now\s+)?(?:(?:what|how)\s+about|(?:what\s+)?"
                   r"if|suppose|say)\b(?P<rest>[^?]*)\??\s*$", re.I)
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
PERCENT = re.compile(rf"(?<![\w.]){NUMBER}\s*(?:%|percent\b|per\s*cent\b)", re.I)
MONEY = re.compile(rf"[$€£¥]\s*{NUMBER}|(?<![\w.]){NUMBER}\s*(?:dollars|euros|pounds|usd|eur|"
                   rf"gbp)\b", re.I)
SPAN = re.compile(rf"(?<![\w.])(?P<n>{NUMBER})\s*(?P<u>years?|months?|weeks?|days?|hours?|"
                  rf"nights?)\b", re.I)
LONGER = {"twice": 2, "double": 2, "three times": 3, "triple": 3, "half": 0.5}
AS_LONG = re.compile(r"\b(?P<k>twice|double|three\s+times|triple|half)\s+(?:as\s+long|the\s+"
                     r"(?:time|years|months|period|term))\b", re.I)


def _changed(question: str, rest: str) -> str | None:
    """The question with the figure the "what if" names put in place of the one it replaces."""
    for kind in (PERCENT, MONEY):
        new = kind.findall(rest)
        old = list(kind.finditer(question))
        if len(new) == 1 and len(old) == 1:
            return question[:old[0].start()] + str(new[0]) + question[old[0].end():]
    new_span = SPAN.search(rest)
    spans = list(SPAN.finditer(question))
    if new_span is not None and len(spans) == 1 and not re.search(r"\d", rest[:new_span.start()]):
        return question[:spans[0].start()] + new_span.group(0) + question[spans[0].end():]
    longer = AS_LONG.search(rest)
    if longer is not None and len(spans) == 1:
        factor = LONGER[re.sub(r"\s+", " ", longer.group("k").lower())]
        value = float(spans[0].group("n").replace(",", "")) * factor
        return (f"{question[:spans[0].start()]}{value:g} {spans[0].group('u')}"
                f"{question[spans[0].end():]}")
    return None


def what_if_again(subtasks: list[Subtask]) -> list[Subtask]:
    """Each part "<ask>? and what if <new figure>?" becomes the ask and the ask again."""
    out: list[Subtask] = []
    for task in subtasks:
        alone = ALONE.match(task.request.strip()) if out and out[-1].agent in ("math", "health") \
            and not out[-1].depends_on and task.agent in ("math", "health", "chat") else None
        again = _changed(out[-1].request, alone.group("rest")) if alone is not None else None
        if again is not None and again != out[-1].request:  # "…? what about 22%?"
            out.append(Subtask(task.id, out[-1].agent, again.strip(),
                               label="The same with the new figure"))
            continue
        found = WHAT_IF.match(task.request.strip()) if task.agent in ("math", "health") and \
            not task.depends_on else None
        changed = _changed(found.group("q"), found.group("rest")) if found is not None else None
        if found is None or changed is None or changed == found.group("q"):
            out.append(task)
            continue
        out.append(Subtask(task.id, task.agent, found.group("q").strip(), label=task.label))
        out.append(Subtask(f"{task.id}w", task.agent, changed.strip(),
                           label="The same with the new figure"))
    return out
