"""A die of any number of faces rolled several times: the chance of at least one (or of
none, or of every roll showing) a given face.

"if I roll a 12-sided die 2 times, what's the chance of at least one 2?", "probability of
at least one 9 in 8 rolls of a fair d12", "roll a d20 five times - chance of never getting
a 20" → 1 − (11/12)^2, 1 − (11/12)^8, (19/20)^5, answered exactly and as a decimal.

The text is already expanded and lower-cased; a word of chance is needed.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

CHANCE = _c(r"\b(?:probabilit\w*|chances?|odds|likelihood|likely|prob)\b")
FACES = r"(?:(?P<k>\d+)[-\s]?(?:sided|faced)\s+(?:dice|die)|\bd(?P<d>\d+)\b|(?P<six>dice|die)\b)"
ROLLS = _c(rf"\broll\w*\s+(?:a|an|one|the|my)?\s*(?:fair\s+|regular\s+|normal\s+)?{FACES}\s+"
           rf"(?P<n>\d+)\s+times\b|\b(?P<n2>\d+)\s+(?:rolls|throws|tosses)\s+of\s+(?:a|an|one|the)?"
           rf"\s*(?:fair\s+|regular\s+|normal\s+)?(?:(?P<k2>\d+)[-\s]?(?:sided|faced)\s+(?:dice|die)|"
           rf"\bd(?P<d2>\d+)\b|(?P<six2>dice|die)\b)")
ONE_FACE = _c(r"\b(?P<how>at\s+least\s+(?:one|1|once)|(?:no|never\s+(?:get\w*|roll\w*|see\w*)"
              r"(?:\s+an?)?|not\s+(?:get\w*|roll\w*)\s+(?:a|any|an))|every\s+(?:roll|throw|time)"
              r"\s+(?:show\w*|is|being|lands?\s+on)|all\s+(?:of\s+them\s+)?(?:show\w*|being|are))"
              r"\s+(?:a\s+|an\s+)?(?P<f>\d+)(?:s\b)?")
NUMBER = re.compile(r"\d+")


def dice_chance(text: str) -> Kind | None:
    """The chance asked of one face over several rolls of a die, or None."""
    if "d" not in text or not CHANCE.search(text):
        return None
    rolls, face = ROLLS.search(text), ONE_FACE.search(text)
    if rolls is None or face is None:
        return None
    sides = rolls.group("k") or rolls.group("d") or rolls.group("k2") or rolls.group("d2") or "6"
    k, n, f = int(sides), int(rolls.group("n") or rolls.group("n2")), int(face.group("f"))
    if not 2 <= k <= 1000 or not 1 <= n <= 200 or not 1 <= f <= k:
        return None
    how = face.group("how")
    if how.startswith("at"):
        return Kind("evaluate", f"1 - ({k - 1}/{k})^{n}",
                    named=f"chance of at least one {f} in {n} rolls of a {k}-sided die")
    if how.startswith(("every", "all")):
        return Kind("evaluate", f"(1/{k})^{n}", named=f"chance of {f} on all {n} rolls")
    return Kind("evaluate", f"({k - 1}/{k})^{n}", named=f"chance of no {f} in {n} rolls")
