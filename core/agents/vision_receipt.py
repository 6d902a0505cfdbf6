"""A receipt's figures read from its OCR text: its amounts, priced item lines and total.

Garbled figures are read again so that the item lines and the total agree
(:mod:`core.agents.asks_receipt_lines`).
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_lines import SIGN, item_lines, readings, with_total

AMOUNT = re.compile(r"(?P<sym>[$€£¥])?\s?(?P<v>\d{1,6}[.,]\d{2})\b\s?(?P<code>EUR|USD|GBP)?")
DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b")
TOTAL_LINE = re.compile(r"^(?!.*sub\s?-?total).*\b(grand total|total|amount due|to pay|balance)\b",
                        re.I)
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

STRAY = re.compile(r"(?<![\d.,])\d[.,](?=\d{1,6}[.,]\d{2}\b)")


def read_amount(line: str) -> tuple[float, str] | None:
    line = STRAY.sub("", line)  # "$ 17.68" read as "$ 6.17.68": the sign seen as "6."
    found = list(AMOUNT.finditer(line))
    if not found:
        return None
    last = found[-1]
    currency = SYMBOLS.get(last.group("sym") or "", last.group("code") or "")
    return float(last.group("v").replace(",", ".")), currency


def _currency(text: str) -> str:
    for sym, code in SYMBOLS.items():
        if text.count(sym) >= 2:
            return code
    for code in ("EUR", "USD", "GBP"):
        if code in text:
            return code
    return ""


# "Card $ 9.80" or "Card payment" is how it was paid; "Card Game $ 2.89" is an item
NOT_AN_ITEM = re.compile(r"\b(total|tax|vat|tip|change|cash|card(?!\s+(?!payment|no\b|number|"
                         r"ending)[a-z])|paid|balance|due)\b", re.I)


def item_names(lines: list[str]) -> list[str]:
    """The names of the priced item lines before the total ("Milk $ 6.03" → "Milk")."""
    return [name for name, _, _ in priced_items("\n".join(lines))] or [
        name for name in _names(lines) if name]


def priced_items(text: str) -> list[tuple[str, float, str]]:
    """(name, price, currency) of each item line before the total, a garbled price read
    so that the lines add up to the total (:mod:`core.agents.asks_receipt_lines`)."""
    return _receipt(text)[0]


def _receipt(text: str) -> tuple[list[tuple[str, float, str]], tuple[float, str] | None]:
    """The priced items and the total, each garbled figure read so that they agree."""
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if TOTAL_LINE.search(STRAY.sub("", line))),
               len(lines))
    found = item_lines("\n".join(lines[:end]), lambda line: not NOT_AN_ITEM.search(line) and
                       not (DATE.search(line) and not SIGN.search(line)), lambda line: found[0] if (
                           found := read_amount(line)) else None)
    total = _raw_total(text) if end < len(lines) else None
    values, agreed = with_total([lines[i] for i, _ in found], [v for _, v in found],
                                lines[end] if total else None, total[0] if total else None)
    currency = (total[1] if total else "") or _currency(text)
    items = [(re.split(r"\s*(?:[$€£¥§¢]|\d)", lines[i].strip(), maxsplit=1)[0].strip(" ‘'\"`"),
              value, currency) for (i, _), value in zip(found, values, strict=True)
             if value is not None]
    return items, (agreed, currency) if agreed is not None else total


def _item_sum(lines: list[str]) -> float:
    """The sum of the priced item lines above the total (tax, tips and payments aside)."""
    amounts = [found[0] for line in lines
               if not NOT_AN_ITEM.search(line) and (found := read_amount(line))]
    return round(sum(amounts), 2)


def _checked_total(value: float, above: list[str]) -> float:
    """OCR sometimes reads stray marks before a total as digits ("$ 22.79" → "$ 8622.79").
    A total at least ten times the listed items that ends exactly with their sum is such
    a misread: the items' sum is the total."""
    items = _item_sum(above)
    if 0 < items and value >= 10 * items and f"{value:.2f}".endswith(f"{items:.2f}"):
        return items
    return value


def find_total(text: str) -> tuple[float, str] | None:
    """The total, read again with the item lines when OCR garbled it."""
    raw = _raw_total(text)
    if raw is None:
        return None
    agreed = _receipt(text)[1]
    return (agreed[0], raw[1]) if agreed is not None else raw


def _raw_total(text: str) -> tuple[float, str] | None:
    lines = text.splitlines()
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if TOTAL_LINE.search(line) and (found := read_amount(line)):
            value = _checked_total(found[0], lines[:index])
            return value, found[1] or _currency(text)
        if TOTAL_LINE.search(line) and SIGN.search(line) and (options := readings(line)):
            # "TOTAL $ 86.441. 38": no figure reads plainly; the two digits before the cents
            # stand for now, and the item lines pick the reading they add up to
            sign = SIGN.search(line)
            code = SYMBOLS.get(sign.group(0), "") if sign else ""
            return options[min(1, len(options) - 1)], code or _currency(text)
    return None


def _names(lines: list[str]) -> list[str]:
    """Each line's item name, or "" for a line that is no priced item (a total, a date)."""
    out = []
    ended = False
    for line in lines:
        line = STRAY.sub("", line)
        ended = ended or bool(TOTAL_LINE.search(line))
        is_item = not ended and not NOT_AN_ITEM.search(line) and not DATE.search(line) and \
            read_amount(line) is not None
        out.append(re.split(r"\s*[$€£¥§]?\s*\d", line.strip(), maxsplit=1)[0].strip()
                   if is_item else "")
    return out
