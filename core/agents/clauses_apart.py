"""Where one ask ends and the next begins, beyond the usual joining rules: a complete ask
is never swallowed by chat words after it, and a whole new question after a question mark or
on a new line is a part of its own."""

from __future__ import annotations

import re

from core.agents.intents import Context, Intent, classify


def lost_to_chat(first: Intent, joined: Intent) -> bool:
    """A complete ask that the next words would turn into chat ("what's it in pounds, and
    what lands in my account after the bank's fee?") is answered on its own."""
    return first.complete and first.agent not in ("chat", "") and joined.agent == "chat"


def new_question(first: Intent, current: str, rest: list[tuple[str, str]],
                 context: Context) -> bool:
    """A question asked, then on a new line or after its question mark another whole ask
    with its own figures ("LCM of 4 and 15?\nunrelated: a $116.34 dinner split 6 ways, how
    much each?"): two parts, not one reading of all the numbers."""
    if not first.complete or first.agent == "chat" or not (
            "\n" in rest[0][0] or current.rstrip().endswith("?")) or not re.search(
                r"\d", rest[0][1]):
        return False
    text = rest[0][1].strip()
    for separator, piece in rest[1:6]:
        if "\n" in separator or text.endswith("?"):
            break
        text = f"{text}{separator.rstrip()} {piece.strip()}"
    if text == rest[0][1].strip() or not text.endswith("?"):
        return False  # one piece is read by the usual rules; a statement is no question
    joined = classify(text, context)
    return joined.complete and joined.agent != "chat" and not joined.backref and not (
        first.equation and joined.equation)


__all__ = ["lost_to_chat", "new_question"]
