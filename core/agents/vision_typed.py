"""An image's question asked as if typed: its labelled lines written before the question.

A screenshot or a sign states the figures ("Battery capacity: 42 Wh", "Average draw: 14.9 W",
"Tank: 130 x 69 x 54 cm", "1 cup flour = 120 g"); the question asks the arithmetic ("how
long will it last at that draw?"). The image's readable lines become sentences before the
question, and the everyday quantity readers that answer typed questions
(:func:`core.agents.measures.health_result`, which tries the quantity, money, recipe,
dose and pace readers) work it out as they would a typed message. An answer comes only
when one of those readers finds everything it needs in the words; the basis says the
figures were read from the image.
"""

from __future__ import annotations

import re

from core.agents.base import AgentResult
from core.agents.bodydata import health_ask
from core.agents.patterns import ci
from core.agents.rounding_asked import as_asked
from core.agents.vision_receipt import find_total, priced_items
from core.agents.wording import expand
from core.agents.words_reckon import reckon
from core.tools.workers import ToolError

MAX_LINES = 12
MAX_TEXT = 500
DATE_ONLY = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}
WORD = re.compile(r"[A-Za-z]{3,}")
# an OCR line that is noise: no word of three letters and no digit ("ee", "Se,", "(R")
NOISE = re.compile(r"^[^\d]*$")
# a receipt's item and total lines are read by the receipt readers, not as sentences
# "nearest minute" asks a rounding in minutes: an answer in hours keeps its own figures
NEAREST_UNIT = ci(r"\bnearest\s+(?:whole\s+)?(?!(?:whole|number|figure|integer|tenth|hundredth|"
                  r"decimal|cent|penny|pence|percent)\b)(?P<u>[a-z]+)")
SHOWN_UNIT = re.compile(r"\*\*-?[\d,.]+\s*(?P<u>[^\s*(]*)")


def typed_question(question: str, text: str) -> str | None:
    """The question with the image's lines written before it as sentences, or None when
    the image gives no figure to work with."""
    lines = []
    if priced_items(text) and (total := find_total(text)) is not None:
        # a receipt's date and item lines are not figures of the question: its total is
        text = f"Total {SIGNS.get(total[1], '')}{total[0]:.2f}"
    for raw in text.splitlines():
        if DATE_ONLY.match(raw.strip()):
            continue  # "2026-03-14" is a date, not 2026 × 03 × 14
        line = " ".join(raw.split()).strip(" .")
        if not line or (NOISE.match(line) and not (WORD.search(line) and (
                ":" in line or len(line.split()) > 1))):
            continue  # OCR noise, or a lone word heading
        lines.append(line)
    if not any(re.search(r"\d", line) for line in lines) or len(lines) > MAX_LINES:
        return None
    told = " ".join(f"{line}." for line in lines)
    typed = f"{told} {question.strip()}"
    return typed if len(typed) <= MAX_TEXT else None


async def typed_answer(question: str, text: str) -> AgentResult | None:
    """The answer the everyday quantity readers give to the question asked as if typed with
    the image's lines, or None when none of them answers it."""
    from core.agents.measures import health_result

    typed = typed_question(question, text)
    if typed is None or (reckon(expand(typed)) is None and health_ask(expand(question)) is None):
        return None  # a body measure (BMI, water) only when the question itself asks one
    try:
        result = await health_result(typed)
    except ToolError:
        return None
    if isinstance(result, str):
        return None
    detail = f" — {result.detail}" if result.detail else ""
    note = f"\n\n_{result.note}_" if result.note else ""
    answer = AgentResult(
        ok=True, text=f"{result.name}: **{result.value}**{detail}{note}",
        basis=f"Read from the image's text (OCR) and worked out: {result.name} = "
        f"{result.basis}", amount=result.amount, currency=result.unit)
    return answer if _other_unit(question, answer.text) else as_asked(question, answer)


def _other_unit(question: str, answer: str) -> bool:
    """The rounding asked names a unit the answer is not shown in ("nearest minute" of an
    answer in hours)."""
    asked, shown = NEAREST_UNIT.search(question), SHOWN_UNIT.search(answer)
    if asked is None or shown is None:
        return False
    unit = shown.group("u").lower()
    return bool(unit) and unit[0] != asked.group("u")[0].lower()
