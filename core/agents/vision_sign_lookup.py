"""A sign read as a small table the question looks something up in.

- the name under a heading ("What's this bus stop called?" over "BUS STOP / ELM GREEN /
  ROUTE 86");
- the code beside an entry of a directory ("Which floor is menswear on?" over "5 MENSWEAR");
- the people ahead in a queue ("NOW SERVING 72", "my ticket is 75");
- the time a distance takes at a speed-limit sign's speed ("how many minutes will 28 km
  take at this limit?").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, plain

CALLED = ci(r"\bwhat(?:'s|’s|\s+is)\s+(?:this|the|that)\s+(?P<x>[a-z]+(?:\s+[a-z]+)?)\s+"
            r"(?:called|named)\b|\b(?:name\s+of|what\s+do\s+they\s+call)\s+(?:this|the|that)\s+"
            r"(?P<y>[a-z]+(?:\s+[a-z]+)?)\b")
WHERE_ON = ci(r"\b(?:which|what)\s+(?P<k>floor|level|aisle|gate|platform|room|bay|zone|"
              r"section|desk|stand|counter|door)\s+(?:number\s+)?(?:is|are|has|for|do\s+i\s+"
              r"(?:go|need)\s+(?:to\s+)?for)\s+(?:the\s+)?(?P<w>[a-z][a-z ]*?)(?:\s+(?:on|in|at|"
              r"department|section))?\s*(?:[?.,!]|\s+according\b|\s+on\s+this\b|$)")
ENTRY = re.compile(r"^(?P<a>[0-9A-Z]{1,3})\s+(?P<n>[A-Za-z][A-Za-z &'-]+)$|"
                   r"^(?P<m>[A-Za-z][A-Za-z &'-]+?)\s*[:.-]?\s+(?P<b>[0-9]{1,3}[A-Z]?|[A-Z])$")
SERVING = ci(r"\b(?:now\s+serving|serving\s+now|now\s+calling|current\s+number)\b")
TICKET = ci(r"\b(?:my\s+(?:ticket|number|ticket\s+number|queue\s+number)\s+(?:is|says|reads)|"
            r"i(?:'ve|\s+have)?\s+got|i'm|i\s+am|i\s+have|i\s+hold|i'm\s+holding)\s+(?:ticket\s+|"
            r"number\s+|no\.?\s+|a\s+ticket\s+|#)?(?:number\s+)?#?\s*(?P<n>\d{1,4})\b")
AHEAD = ci(r"\b(?:ahead|in\s+front|before\s+me|to\s+go|wait\s+for)\b")
COUNTING = ci(r"(?<!not\s)\b(?:including|counting)\s+(?:the\s+)?(?:one|person|customer|people)\s+"
              r"(?:being\s+)?(?:served|seen)\b")
LIMIT_SIGN = ci(r"\b(?:speed\s+)?limit\b")
DISTANCE = ci(r"\b(?P<d>\d+(?:\.\d+)?)\s*(?P<u>km|kilomet\w+|mi|miles?)\b")
TIME_ASK = ci(r"\bhow\s+(?:many\s+(?P<unit>minutes|hours|mins)|long)\b")


def _clean(line: str) -> str:
    return " ".join(line.split()).strip(" .:|")


def sign_lookup(question: str, text: str) -> list[Answer]:
    """What the question looks up on the sign, or []."""
    lines = [_clean(line) for line in text.splitlines() if _clean(line)]
    for worked in (_called, _where_on, _queue, _drive_time):
        if found := worked(question, lines):
            return found
    return []


def _called(question: str, lines: list[str]) -> list[Answer]:
    asked = CALLED.search(question)
    if asked is None:
        return []
    what = (asked.group("x") or asked.group("y")).lower()
    heads = [i for i, line in enumerate(lines) if line.lower() == what]
    if len(heads) != 1:
        return []
    names = [line for line in lines[heads[0] + 1:] if not re.search(r"\d", line) and
             re.search(r"[A-Za-z]{3,}", line)]
    if not names:
        return []
    return [(f"It is called **{names[0].title()}**.", None)]


def _where_on(question: str, lines: list[str]) -> list[Answer]:
    asked = WHERE_ON.search(question)
    if asked is None:
        return []
    wanted = asked.group("w").lower().strip()
    found = []
    for line in lines:
        if (entry := ENTRY.match(line)) is None:
            continue
        name = (entry.group("n") or entry.group("m")).lower()
        if re.search(rf"\b{re.escape(wanted)}s?\b", name) or re.search(
                rf"\b{re.escape(name)}\b", wanted):
            found.append(entry.group("a") or entry.group("b"))
    if len(found) != 1:
        return []
    kind = asked.group("k").lower()
    return [(f"{wanted.title()} is on {kind} **{found[0]}**.", float(found[0]) if found[
        0].isdigit() else None)]


def _queue(question: str, lines: list[str]) -> list[Answer]:
    ticket = TICKET.search(question)
    if ticket is None or not AHEAD.search(question):
        return []
    serving = None
    for i, line in enumerate(lines):
        if SERVING.search(line):
            same = re.search(r"(\d{1,4})\s*$", line)
            after = lines[i + 1] if i + 1 < len(lines) else ""
            nxt = re.fullmatch(r"#?\s*(\d{1,4})", after)
            serving = int(same.group(1)) if same else int(nxt.group(1)) if nxt else None
    mine = int(ticket.group("n"))
    if serving is None or mine <= serving:
        return []
    ahead = mine - serving - (0 if COUNTING.search(question) else 1)
    counted = ("counting the one being served" if COUNTING.search(question) else
               "not counting the one being served")
    return [(f"**{ahead}** ahead of you ({counted}: {mine} − {serving}"
             f"{'' if COUNTING.search(question) else ' − 1'}).", float(ahead))]


def _drive_time(question: str, lines: list[str]) -> list[Answer]:
    asked, far = TIME_ASK.search(question), DISTANCE.search(question)
    if asked is None or far is None or not any(LIMIT_SIGN.search(line) for line in lines):
        return []
    speeds = [int(line) for line in lines if re.fullmatch(r"\d{2,3}", line)]
    if len(speeds) != 1:
        return []
    hours = Fraction(far.group("d")) / speeds[0]
    minutes = hours * 60
    unit = "km/h" if far.group("u").lower().startswith("k") else "mph"
    if (asked.group("unit") or "").lower().startswith("hour"):
        return [(f"That takes **{plain(hours)} hours** ({far.group('d')} ÷ {speeds[0]} {unit}).",
                 float(hours))]
    return [(f"That takes **{plain(minutes)} minutes** ({far.group('d')} ÷ {speeds[0]} {unit} "
             f"× 60).", float(minutes))]
