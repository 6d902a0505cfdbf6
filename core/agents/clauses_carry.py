"""A later piece about the one number the ask before it is about, in another form.

"Convert 24184 to binary and to hexadecimal": "to hexadecimal" converts the same number;
"factorise 360, then tell me how many divisors it has": "it" is 360. The piece is written
out on that number and, when a reader then understands it on its own, it is an ask of its
own beside the first one rather than words lost inside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.agents.intents import Context, classify

if TYPE_CHECKING:
    from core.agents.clauses import Part
    from core.agents.intents import Intent

NUMBER = re.compile(r"(?<![\w.,])-?\d+(?:\.\d+)?(?![\w.,]*\d)")
# "convert 24184 to binary", "what's 200 in base 3", "write 0.375 as a fraction"
CONVERTED = re.compile(r"^(?:(?:please|can\s+you|now)\s+)*(?:convert|change|turn|write|express|"
                       r"what(?:'s|\s+is)|give\s+me)\s+(?P<n>-?\d+(?:\.\d+)?)\s+(?:to|into|in|"
                       r"as)\s+\S", re.I)
TARGET = re.compile(r"^(?:(?:and|also|then|now|plus)\s+)*(?:(?:convert\s+it\s+)?(?:to|into|in|"
                    r"as))\s+(?P<t>[a-z][a-z0-9 -]{1,30}?)\s*[?.!]?$", re.I)
# an ask whose answer is the number itself in another form, so "it" after it is that number
SAME_NUMBER = re.compile(r"\b(?:convert|write|express|factori[sz]e|factor|prime\s+factors|"
                         r"prime\s+factori[sz]ation|product\s+of\s+primes|binary|hex\w*|octal|"
                         r"base\s+\d+|roman|is\s+-?\d+\s+(?:a\s+)?prime)\b", re.I)
EMBEDDED = re.compile(r"\bhow\s+many\s+(?P<what>[a-z][a-z0-9 -]{0,40}?)\s+(?P<n>-?\d+(?:\.\d+)?)\s+"
                      r"(?:has|have)\b", re.I)
PRONOUN = re.compile(r"\b(?:it|this\s+number|that\s+number)\b", re.I)


def carried(first: Intent, current: str, piece: str, context: Context) -> Part | None:
    """The piece as an ask of its own on the number the complete ask before it is about,
    or None."""
    from core.agents.clauses import Part

    if not first.complete or first.agent != "math" or SAME_NUMBER.search(current) is None:
        return None
    numbers = NUMBER.findall(current)
    if len(numbers) != 1:
        return None
    number = numbers[0]
    target = TARGET.match(piece.strip())
    if target is not None:
        if CONVERTED.match(current.strip()) is None:
            return None
        request = f"convert {number} to {target.group('t')}"
    elif PRONOUN.search(piece) and not re.search(r"\d|\b(?:they|them|their|those|these)\b",
                                                 piece, re.I):
        request = PRONOUN.sub(number, piece.strip(), count=1)
    else:
        return None
    intent = classify(request, context)
    if not intent.complete and (asked := EMBEDDED.search(request)) is not None:
        # "tell me how many divisors 360 has": the question as asked outright
        request = f"how many {asked.group('what')} does {asked.group('n')} have"
        intent = classify(request, context)
    if not intent.complete or intent.agent != first.agent or intent.backref:
        return None
    return Part(piece.strip(), intent, request)


__all__ = ["carried"]
