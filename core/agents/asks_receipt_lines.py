"""A receipt's priced lines, checked against its total.

OCR sometimes garbles a price ("Milk $ 8614.13", "Apples $ 06.17.04", "Tea $6. 220..84"):
stray marks are read as digits or dots. The digits after the currency sign still end with the
real price, so each garbled line has a few readings (the last two digits as cents, one to
three digits before them). When the lines as read do not add up to the total, the one set of
readings that does, changing the fewest lines, is taken; when none or several do, the lines
stay as read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

SIGN = re.compile(r"[$€£¥§¢]")
MAX_LINES = 8


def readings(line: str) -> list[float]:
    """The prices a garbled price may stand for ("8614.13" → 0.13 … 614.13, 14.13, 4.13)."""
    sign = SIGN.search(line) or re.search(r"(?=\d)", line)
    digits = re.sub(r"\D", "", line[sign.end():]) if sign else ""
    if len(digits) < 3:
        return []
    cents, whole = digits[-2:], digits[:-2]
    return sorted({float(f"{int(whole[-k:])}.{cents}") for k in range(1, min(3, len(whole)) + 1)})


def reconciled(lines: list[str], read: list[float | None], total: float | None,
               ) -> list[float | None]:
    """The lines' prices, each garbled one replaced by the reading that makes the lines add
    up to the total, when exactly one way of changing the fewest lines does."""
    if total is None or not read or len(read) > MAX_LINES:
        return read
    if all(v is not None for v in read) and _adds_up([v for v in read if v is not None], total):
        return read
    options = [{value} if value is not None and _clean(line) else {
        *readings(line), *([value] if value is not None else [])}
        for line, value in zip(lines, read, strict=True)]
    if any(not option for option in options):
        return read
    best: list[tuple[float, ...]] = []
    fewest = len(read) + 1
    for combo in itertools.product(*options):
        if not _adds_up(list(combo), total):
            continue
        changes = _changed(combo, read)
        if changes < fewest:
            best, fewest = [combo], changes
        elif changes == fewest:
            best.append(combo)
    return list(best[0]) if len(best) == 1 else read  # several ways add up: nothing guessed


def with_total(lines: list[str], read: list[float | None], total_line: str | None,
               total: float | None) -> tuple[list[float | None], float | None]:
    """The lines' prices and the total, read so that they agree: a garbled price or total
    ("TOTAL $ 8638.92" over items adding up to 38.92) is read again, and a total that lost its
    first digit ("$ 2.79" under items adding up to 52.79) is their sum. The reading that
    changes the fewest figures wins (a price of three digits or more on a garbled line counts
    against it: the currency sign is often read as a 6 or an 8); between readings that fit
    equally well, the one dropping fewer digits; when two sets of prices fit equally, nothing
    changes."""
    if total is None or total_line is None or not read or len(read) > MAX_LINES:
        return read, total
    doubtful = total >= 100 and not _clean(total_line) and any(
        v is not None and v >= 100 and not _clean(line)
        for line, v in zip(lines, read, strict=True))
    if all(v is not None for v in read) and _adds_up([v or 0.0 for v in read], total) and \
            not doubtful:  # a garbled dear line under a garbled dear total: both read again
        return read, total
    options = [{value} if value is not None and _clean(line) else {
        *readings(line), *([value] if value is not None else [])}
        for line, value in zip(lines, read, strict=True)]
    totals = {total} if _clean(total_line) else {total, *readings(total_line)}
    if any(not option for option in options):
        return read, total
    best: dict[tuple[int, float], list[tuple[float, ...]]] = {}
    shown = f"{total:.2f}"
    for combo in itertools.product(*options):
        whole = round(sum(combo), 2)
        fits = next((t for t in totals if abs(whole - t) < 0.005), None)
        if fits is None and not (whole > total and f"{whole:.2f}".endswith(shown)):
            continue
        cost = _changed(combo, read) + (fits is None or fits != total) + sum(
            2 for line, value in zip(lines, combo, strict=True)
            if value >= 100 and not _clean(line)) + (  # "$ 614.24": the sign read as a 6
            2 if whole >= 100 and not _clean(total_line) else 0)
        best.setdefault((cost, whole), []).append(combo)
    if not best:
        return read, total
    (_, whole), combos = min(best.items(), key=lambda found: (found[0][0], -found[0][1]))
    if len(combos) > 1:
        return read, total  # several ways add up: nothing is guessed
    return list(combos[0]), whole


def _clean(line: str) -> bool:
    """A price read plainly ("$ 12.50"): nothing but one or two digits and the cents (a third
    digit in front is often the currency sign read as a 6 or an 8)."""
    sign = SIGN.search(line) or re.search(r"(?=\d)", line)
    return sign is not None and re.fullmatch(r"\s*\d{1,2}[.,]\d{2}\s*", line[sign.end():]) \
        is not None


def _changed(combo: tuple[float, ...], read: list[float | None]) -> int:
    return sum(1 for new, old in zip(combo, read, strict=True) if old is None or new != old)


def _adds_up(values: list[float], total: float) -> bool:
    return abs(sum(values) - total) < 0.005


def item_lines(text: str, is_item: Callable[[str], bool],
               amount: Callable[[str], float | None]) -> list[tuple[int, float | None]]:
    """(line index, price as read) of each line before the total that names an item and
    carries a price, garbled or not."""
    out = []
    for index, line in enumerate(text.splitlines()):
        if is_item(line) and re.match(r"\s*[‘'\"`]?[A-Za-z]", line) and len(
                re.sub(r"\D", "", line)) >= 3:
            out.append((index, amount(line)))
    return out


SIGN_WORDS = frozenset("""EXIT ENTRANCE ENTRY PUSH PULL OPEN CLOSED STAFF ONLY PRIVATE NO SMOKING
PARKING TOILETS TOILET LADIES GENTS LIFT STAIRS PLATFORM WAY OUT IN STOP SLOW DANGER WARNING
CAUTION WET FLOOR FIRE ALARM KEEP CLEAR QUIET PLEASE EMERGENCY RECEPTION TICKETS TICKET OFFICE
INFORMATION WAITING ROOM ARRIVALS DEPARTURES GATE DOOR BUS TRAIN STATION SALE CASH MIND THE GAP
HOURS CLOSING TIME DAILY WELCOME AUTHORISED AUTHORIZED PERSONNEL VISITORS MUST SIGN HELP DESK
LEFT RIGHT AHEAD ONE USE HANDRAIL EXCEPT ACCESS FIRST AID POINT ASSEMBLY CAR PARK SHOP CAFE
TOILET BABY CHANGING LOST PROPERTY LOCKERS TAXI RANK UNDERGROUND METRO SUBWAY TRAM PLATFORMS
HIGH VOLTAGE DO NOT ENTER DISTURB FLASH PHOTOGRAPHY DOGS FOOD DRINK LIFTS ESCALATOR""".split())
CONFUSED = {"L": "I", "I": "L", "1": "I", "0": "O", "5": "S", "8": "B", "2": "Z", "6": "G"}


def sign_words(text: str) -> str:
    """Capital words OCR misread by one look-alike letter ("EXLT" → "EXIT", "5TOP" → "STOP"),
    put right when exactly one everyday sign word is that close; other words stay as read."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in SIGN_WORDS or not re.search(r"[A-Z]", word):
            return word
        near = {word[:i] + CONFUSED[c] + word[i + 1:] for i, c in enumerate(word)
                if c in CONFUSED} & SIGN_WORDS
        return near.pop() if len(near) == 1 else word
    return re.sub(r"\b[A-Z0-9]{3,}\b", fix, text)
