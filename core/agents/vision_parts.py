"""One question about an image that asks two things, split into the two questions.

"How many payments are listed, and which was the smallest?", "boarding time + gate?",
"Which carriage and seat is mine?", "what floor for shoes, and for the food court?" and
"What's the total? And the date?" each ask two separate things of the same image. Each part
becomes a question of its own (a shared head or tail is repeated: "which carriage is mine?",
"which seat is mine?"), so that the readers that answer one thing each answer every part.
"""

from __future__ import annotations

from core.agents.patterns import ci

WH = (r"(?:what|what's|whats|which|how|when|where|who|whose|is|are|was|were|do|does|did|can|"
      r"could|will|would|should)")
# "…shown, and which one…", "…? And the date?", "… + gate?", "…; what time…"
BETWEEN = ci(rf"\s*(?:\?\s*(?:and\s+|also\s+|plus\s+)?|[,;]\s*(?:and\s+|also\s+|plus\s+)?"
             rf"(?={WH}\b)|[,;]\s*and\s+(?=(?:for|of|on|in|at|the|my)\b)|\s+and\s+"
             rf"(?:(?:from|for|at|in|on|to)\s+)?(?={WH}\b)|\s*\+\s*)")
# "which coach and seat am I in?", "what's my seat number and coach?"
NOUNS = ci(r"^(?P<head>\s*(?:what|which|what's|whats|what\s+is|what\s+are)\s+(?:(?:is|are|"
           r"was|were)\s+)?(?:(?:the|my|our|your)\s+)?)(?P<a>[a-z]+(?:\s+[a-z]+)?)\s+and\s+"
           r"(?:(?:the|my|our|your)\s+)?(?P<b>[a-z]+(?:\s+[a-z]+)?)(?P<tail>(?:\s+(?:am|is|are|"
           r"do|does|on|in|at|for)\b[^?]*)?)\s*\??\s*$")
# "round to the cent", "1 decimal", "(2 dp)": a rounding asked of every part
ROUNDING = ci(r"^\(?(?:round\w*|to\s+(?:the\s+)?(?:nearest|\d|one|two|cents?)|nearest|"
              r"\d+\s*(?:dp|d\.p\.|decimals?)|(?:one|two|three)\s+(?:dp|decimals?)|in\s+whole)\b[^?]{0,30}\)?\??$")
CONDITION = ci(r"^(?:if|once|after|suppose|supposing|assuming|say|given)\b")
PREPOSITION = ci(r"^(?P<p>for|of|on|in|at)\s+\S")
MAX_PARTS = 3


def asks_apart(question: str) -> list[str]:
    """The separate questions asked, each ending in "?" (two or three), or [] when the
    question asks one thing."""
    text = " ".join(question.split())
    parts = [p.strip(" ,;") for p in BETWEEN.split(text) if p and p.strip(" ,;?")]
    if len(parts) == 1 and (nouns := NOUNS.match(text)):
        head, tail = nouns.group("head"), nouns.group("tail")
        parts = [f"{head}{nouns.group('a')}{tail}", f"{head}{nouns.group('b')}{tail}"]
    if parts and CONDITION.match(parts[0]):
        return []  # "if I pay a bill of 734.44, what's left?": a condition, then one ask
    rounding = " ".join(p.rstrip("?") for p in parts if ROUNDING.match(p))
    parts = [p for p in parts if not ROUNDING.match(p)]
    if not 2 <= len(parts) <= MAX_PARTS:
        return []
    out = [parts[0]]
    for part in parts[1:]:
        if (prep := PREPOSITION.match(part)) and (cut := out[0].lower().rfind(
                f" {prep.group('p').lower()} ")) > 0:
            part = f"{out[0][:cut]} {part}"  # "what floor for books, and for cafe"
        out.append(part)
    asked = [p.rstrip("?") + "?" for p in out]
    return [f"{p} {rounding}" for p in asked] if rounding else asked
