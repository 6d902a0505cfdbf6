"""Questions about a whole number itself: is it prime, what are its prime factors.

"is 221 a prime number?", "221 prime?", "is 97 prime or not", "whether 1,001 is prime",
"prime factors of 360", "the prime factorisation of 84", "factorise 360", "break 90 into
primes" → the number, answered by the exact ``primes`` operation (prime, or its factors).
The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re

N = r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
PRIME_ASK = re.compile(
    rf"\b(?:is|whether|if|check(?:\s+if)?)\s+(?:the\s+number\s+)?{N}\s+(?:is\s+)?(?:an?\s+)?"
    rf"prime(?:\s+number)?(?=\s*(?:[?.,!;:]|$|or\b|and\b|then\b|too\b))|(?<![\w.]){N}\s*(?:-|:|,)?\s*(?:is\s+it\s+)?(?:a\s+)?prime(?:\s+number)?\s*(?:\?|"
    rf"or\s+not\b)|\bprime\s+(?:factors?|factori[sz]ation|decomposition|divisors?)\s+(?:of\s+)?"
    rf"(?:the\s+number\s+)?{N}|\b(?:factori[sz]e|factor|break|split|decompose|write)\s+{N}\s+"
    rf"(?:into|in\s+terms\s+of|as\s+a\s+product\s+of)\s+(?:its\s+)?primes?\b|\b(?:factori[sz]e|"
    rf"factor)\s+{N}\s*(?:\?|$|please\b)", re.IGNORECASE)
MAX_DIGITS = 15


def prime_ask(text: str) -> str | None:
    """The whole number whose primality or prime factors are asked, or None."""
    match = PRIME_ASK.search(text)
    if match is None:
        return None
    number = next(g for g in match.groups() if g).replace(",", "")
    return number if len(number) <= MAX_DIGITS and int(number) >= 2 else None
