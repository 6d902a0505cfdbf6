"""The expected net gain of a game or ticket: what it costs to play, what it pays and how
likely that is. "a game costs $7 to play and pays $91 with probability 26%. expected net
gain per game?", "a $2 raffle ticket has a 1 in 500 chance of winning $600; what do I
expect to win or lose per ticket?" → p × prize − cost, to the cent.

The text is already expanded and lower-cased.
"""

from __future__ import annotations

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

M = r"[$€£¥]?\s?(\d+(?:\.\d+)?)"
ASK = _c(r"\bexpect\w*\b|\bon\s+average\b|\baverage\s+(?:net\s+)?(?:gain|win\w*|profit|loss|"
         r"return)\b|\bexpected\s+value\b|\bev\b")
COST = _c(rf"\b(?:costs?|pay|paying|price\s+(?:is|of)|entry\s+(?:fee\s+)?(?:is|of))\s+{M}\s*"
          rf"(?:to\s+(?:play|enter|buy|take\s+part)|per\s+(?:game|go|play|ticket|turn|try)|each|"
          rf"a\s+(?:game|go|ticket|turn))|{M}\s+(?:[a-z]+\s+)?(?:ticket|entry|game|bet|"
          rf"stake|card|spin|go)\b")
PRIZE = _c(rf"\b(?:pays|pays\s+out|wins?|winning|prize\s+(?:of|is)|returns?|get)\s+"
           rf"(?:you\s+|me\s+)?{M}")
CHANCE = _c(r"(?:probability|chance|likelihood)\s+(?:of\s+)?(?:is\s+)?(\d+(?:\.\d+)?)\s*"
            r"(%|percent)?|"
            r"(\d+(?:\.\d+)?)\s*(%|percent)\s+(?:chance|probability|of\s+the\s+time)|"
            r"\b(\d+)\s+in\s+(\d+)\s+chance|\bchance\s+(?:of\s+)?(\d+)\s+in\s+(\d+)")


def expected_gain(text: str) -> Kind | None:
    """The expected net gain per play, or None."""
    if not ASK.search(text):
        return None
    cost, prize, chance = COST.search(text), PRIZE.search(text), CHANCE.search(text)
    if cost is None or prize is None or chance is None:
        return None
    price = cost.group(1) or cost.group(2)
    win = prize.group(1)
    if chance.group(1):
        p = f"{chance.group(1)}/100" if chance.group(2) else chance.group(1)
    elif chance.group(3):
        p = f"{chance.group(3)}/100"
    else:
        top, below = (chance.group(5), chance.group(6)) if chance.group(5) else (
            chance.group(7), chance.group(8))
        p = f"{top}/{below}"
    if not chance.group(2) and chance.group(1) and float(chance.group(1)) > 1:
        return None  # "probability 26": a share without its per cent sign
    return Kind("evaluate", f"{p} * {win} - {price}", named="expected net gain per play",
                money=True)
