"""Whole numbers in a stretch, and recurring decimals as fractions.

- the primes in a stretch, counted, listed or added: "count the primes from 121 to 166",
  "how many prime numbers lie between 20 and 50?", "sum of the primes below 30";
- the numbers up to N (or from A to B) divisible by one number, by either of two (counted
  once), or by both: "how many numbers from 1 to 534 are divisible by 7 or 4?",
  "count integers 1..1572 that are multiples of 11 or of 6";
- a recurring decimal as a fraction: "0.545454... as a fraction", "0.1666… recurring",
  "turn the repeating decimal 0.909090 into a fraction" → 6/11, 1/6, 10/11.

The text is already expanded and lower-cased; each needs its kind's words and a question.
"""

from __future__ import annotations

import re
from math import gcd

from core.agents.mathkinds import Kind
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c

ASK = _c(ASKED + r"|\b(?:count|list|add|sum|total|name|write|turn|convert|express|give|show)\b")
NB = r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
SPAN = (rf"(?:(?:from|between)\s+{NB}\s*(?:and|to|-|–|through|\.\.)\s*{NB}|(?<![\d.]){NB}\s*"
        rf"(?:\.\.|–|-|to)\s*{NB}(?![\d.])|(?:below|under|less\s+than|up\s+to|not\s+more\s+than|"
        rf"no\s+more\s+than|smaller\s+than|(?:up\s+)?until|to)\s+{NB})")
SPAN_RE = _c(SPAN)
PRIME_SPAN = _c(rf"\b(?:primes|prime\s+numbers)\b[^.?!;]{{0,30}}?{SPAN}|{SPAN}[^.?!;]{{0,30}}?"
                rf"\b(?:are|is)\s+(?:a\s+)?primes?\b")
PRIME_DO = _c(r"\b(?P<sum>sum|add|total|added)\b|\b(?P<list>list|name|which|what\s+are|write\s+"
              r"(?:out|down)|show)\b|\b(?P<count>how\s+many|count|number\s+of)\b")
STRICT = _c(r"\b(?:exclusive|strictly|not\s+including|excluding)\b")
MAX_SPAN = 1_000_000
DIVISIBLE = _c(rf"\b(?:divisible|multiples?)\s+(?:by\s+|of\s+)?(?:both\s+|either\s+)?{NB}"
               rf"(?:\s*(?P<join>or|and|,)\s*"
               rf"(?:by\s+|of\s+)?(?:both\s+)?{NB}(?!\s*(?:and|or)\s+\d))?")
DIVISIBLE_BOTH = _c(r"\bboth\b|\band\b[^.?!]{0,20}\bboth\b|\beach\s+of\b")
HOW_MANY = _c(r"\b(?:how\s+many|count|number\s+of)\b")
EITHER = _c(r"\bor\b|\beither\b|\bat\s+least\s+one\b")

RECUR_CUE = _c(r"\b(?:recurring|repeating|repeats|repeated|recurs|forever|on\s+and\s+on|"
               r"endlessly)\b")
DOTS = r"(?:\.\.\.|…|\.{4,})"
RECUR = _c(rf"(?<![\d.])(\d*)\.(\d+)\s*(?P<dots>{DOTS})?")
NUMBERS = re.compile(r"\d+(?:\.\d+)?")
FRACTION_ASK = _c(r"\bfractions?\b|\bratio\s+of\s+(?:two\s+)?(?:whole\s+numbers|integers)\b|"
                  r"\bp\s*/\s*q\b")


def _span(text: str, match: re.Match[str], first: int) -> tuple[int, int] | None:
    groups = match.groups()[first:first + 5]
    numbers = [int(g.replace(",", "")) for g in groups if g]
    if len(numbers) == 2:
        low, high = numbers
    elif len(numbers) == 1:
        below = re.search(r"\b(?:below|under|less\s+than|smaller\s+than)\b", match.group(0))
        low, high = 1, numbers[0] - (1 if below else 0)
    else:
        return None
    if STRICT.search(text):
        low, high = low + 1, high - 1
    if low > high or high - low > MAX_SPAN:
        return None
    return low, high


def _primes_in(low: int, high: int) -> list[int]:
    sieve = bytearray([1]) * (high + 1)
    sieve[:2] = b"\x00\x00"[: min(2, high + 1)]
    for n in range(2, int(high ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n::n] = bytearray(len(sieve[n * n::n]))
    return [n for n in range(max(low, 2), high + 1) if sieve[n]]


def _prime_stretch(text: str) -> Kind | None:
    if "prime" not in text or (match := PRIME_SPAN.search(text)) is None:
        return None
    span = _span(text, match, 0) or _span(text, match, 5)
    do = PRIME_DO.search(text)
    if span is None or do is None or not ASK.search(text):
        return None
    primes = _primes_in(*span)
    where = f"from {span[0]} to {span[1]}"
    listing = ", ".join(map(str, primes)) if len(primes) <= 60 else f"{len(primes)} primes"
    if do.group("sum"):
        if not primes or len(primes) > 60:
            return None
        return Kind("evaluate", " + ".join(map(str, primes)) if len(primes) > 1 else
                    str(primes[0]), named=f"sum of the primes {where}")
    if do.group("count") or not primes:
        return Kind("evaluate", str(len(primes)),
                    named=f"primes {where} ({listing or 'none'}), counted")
    if len(primes) > 60:
        return None
    return Kind("evaluate", str(len(primes)), named=f"primes {where}: {listing}; how many")


def _multiples(text: str) -> Kind | None:
    if (match := DIVISIBLE.search(text)) is None or not HOW_MANY.search(text):
        return None
    found = SPAN_RE.search(text)
    span = _span(text, found, 0) or _span(text, found, 2) if found else None
    if span is None:
        return None
    low, high = span
    a = int(match.group(1).replace(",", ""))
    b = int(match.group(3).replace(",", "")) if match.group(3) else 0
    if a < 1 or (match.group(3) and b < 1):
        return None

    def count(d: int) -> str:
        return f"floor({high}/{d})" if low <= 1 else f"(floor({high}/{d}) - floor({low - 1}/{d}))"

    if not b:
        return Kind("evaluate", count(a), named=f"multiples of {a} from {low} to {high}")
    both = a * b // gcd(a, b)
    if match.group("join") == "and" and (DIVISIBLE_BOTH.search(text) or not EITHER.search(text)):
        return Kind("evaluate", count(both),
                    named=f"numbers from {low} to {high} divisible by both {a} and {b}")
    if match.group("join") != "or" and not EITHER.search(text):
        return None
    return Kind("evaluate", f"{count(a)} + {count(b)} - {count(both)}",
                named=f"numbers from {low} to {high} divisible by {a} or {b} "
                      f"(those divisible by both, {both}, counted once)")


def _period(digits: str) -> tuple[int, int] | None:
    """The shortest (prefix length, period) that repeats at least twice to the end."""
    best: tuple[int, int] | None = None
    for start in range(len(digits)):
        for length in range(1, (len(digits) - start) // 2 + 1):
            tail = digits[start:]
            unit = tail[:length]
            if (unit * (len(tail) // length + 1))[: len(tail)] == tail and (
                    best is None or start + length < sum(best)):
                best = (start, length)
                break
    return best


def _recurring(text: str) -> Kind | None:
    if not FRACTION_ASK.search(text) and len(NUMBERS.findall(text)) != 1:
        return None  # "0.3 recurring" alone: its form words were read already
    for match in RECUR.finditer(text):
        cue = RECUR_CUE.search(text, max(0, match.start() - 40), match.end() + 40)
        whole, digits = match.group(1) or "0", match.group(2)
        if not (match.group("dots") or cue) or len(digits) > 30:
            continue
        found = _period(digits) if len(digits) >= 2 else None
        if found is None and cue and not match.group("dots"):
            found = (0, len(digits))  # "0.3 recurring": the digits written repeat
        if found is None:
            continue
        start, length = found
        prefix, unit = digits[:start], digits[start:start + length]
        top = int(prefix + unit) - int(prefix or "0")
        below = 10 ** start * (10 ** length - 1)
        head = f"{int(whole)} + " if int(whole) else ""
        shown = f"{match.group(1) or '0'}.{prefix}({unit} repeating)"
        return Kind("evaluate", f"{head}{top}/{below}", show="fraction",
                    named=f"{shown} as a fraction")
    return None


def range_or_recurring(text: str) -> Kind | None:
    """Primes or multiples in a stretch, or a recurring decimal as a fraction, or None."""
    if not re.search(r"\d", text):
        return None
    return first_found((_recurring, _prime_stretch, _multiples), text)
