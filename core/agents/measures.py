"""The units and health agents: a clause in words → a unit conversion or a health
calculation, with the numbers used shown and a short safety note."""

from __future__ import annotations

import re

from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.plan import Subtask
from core.tools import health
from core.tools.units import CURRENCY_WORDS, UnitTools, currency_code
from core.tools.workers import ToolError

NUM = r"-?\d+(?:[.,]\d+)?"
SOURCE = re.compile(rf"(?P<sym>[$€£¥])?\s*(?P<v>{NUM})\s*(?P<s>°\s?[cfk]\b|"
                    rf"(?!(?:to|in|into|as)\b)[a-zA-Z$€£¥][\w/$€£¥]*"
                    rf"(?:\s+(?:per|an?)\s+\w+)?)?", re.I)
TARGET = re.compile(r"\b(?:to|in|into|as)\s+(?P<t>°?\s?[a-zA-Z$€£¥][\w°/]*(?:\s+per\s+\w+)?)",
                    re.I)
HOW_MANY = re.compile(rf"how many\s+(?P<t>[\w°/]+)\s+(?:are\s+)?(?:there\s+)?"
                      rf"(?:in|per|is|are|make)\s+"
                      rf"(?:an?\s+|one\s+|(?P<v>{NUM})\s+)?(?P<s>[\w°/]+)", re.I)
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
FILLER_WORDS = {"the", "a", "an", "that", "this", "it", "total", "amount", "me", "there"}


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _target(text: str, after: int) -> str | None:
    """The last "in/to/into X" after the quantity whose X is not a filler word."""
    found = [m.group("t").strip() for m in TARGET.finditer(text, after)]
    found = [t for t in found if t.lower() not in FILLER_WORDS]
    return found[-1] if found else None


async def _convert_clause(tools: UnitTools, text: str) -> AgentResult:
    many = HOW_MANY.search(text)
    if many is not None:
        value = _num(many.group("v")) if many.group("v") else 1.0
        source, target = many.group("s"), many.group("t")
    else:
        match = SOURCE.search(text)
        if match is None:
            return failed("I could not tell which units to convert between")
        value = _num(match.group("v"))
        source = SYMBOLS.get(match.group("sym") or "", match.group("s") or "")
        found = _target(text, match.end())
        if found is None:
            return failed("I could not tell which unit you want")
        target = found
    if not source:
        return failed("I could not tell which unit the number is in")
    result = await tools.convert(value, source.replace(" ", ""), target)
    note = f" ({result.note})" if result.note else ""
    return AgentResult(ok=True, text=result.text() + note, basis=f"Converted {result.basis()}",
                       amount=result.result, currency=result.target if result.note else "")


def make_units_agent(tools: UnitTools) -> Agent:
    async def units_agent(task: Subtask, context: AgentContext,
                          inputs: dict[str, AgentResult]) -> AgentResult:
        try:
            read = next((r for r in inputs.values() if r.amount is not None), None)
            if task.depends_on:
                if read is None:
                    return failed("there was no amount to convert")
                return await _convert_amount(tools, read, task.request)
            return await _convert_clause(tools, task.request)
        except ToolError as exc:
            return failed(f"the conversion failed: {exc.reason}")
    return units_agent


async def _convert_amount(tools: UnitTools, read: AgentResult, request: str) -> AgentResult:
    codes = [currency_code(m.group("t")) for m in TARGET.finditer(request)]
    target = next((code for code in codes if code), None)
    if target is None:
        return failed("I could not tell which currency you want")
    source = read.currency or "USD"
    assert read.amount is not None
    result = await tools.convert(read.amount, source, target)
    assumed = "" if read.currency else " (I assumed the amount is in US dollars)"
    return AgentResult(ok=True, text=f"{result.text()}{assumed} ({result.note})",
                       basis=f"Converted {result.basis()}", amount=result.result,
                       currency=target)


# --- health -------------------------------------------------------------------------

WEIGHT = re.compile(rf"(?P<v>{NUM})\s*(?P<u>kg|kgs|kilos?|kilograms?|lbs?|pounds)\b", re.I)
HEIGHT_CM = re.compile(rf"(?P<v>{NUM})\s*(?:cm|centimet(?:er|re)s?)\b", re.I)
HEIGHT_M = re.compile(r"(?P<v>[12](?:[.,]\d+)?)\s*(?:m|metres?|meters?)\b", re.I)
HEIGHT_FT = re.compile(r"(?P<f>\d)\s*(?:'|ft|feet|foot)\s*(?P<i>\d{1,2})?\s*(?:\"|in|inches)?",
                       re.I)
AGE = re.compile(r"(?P<v>\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|y/?o)(?:[- ]old)?|"
                 r"\bage(?:d)?\s*(?:is\s*)?(?P<w>\d{1,3})\b|\bi(?:'m| am)\s+(?P<x>\d{1,3})\b",
                 re.I)
SEX = re.compile(r"\b(?P<f>female|woman|girl|she)\b|\b(?P<m>male|man|guy|he)\b", re.I)
EVERY = re.compile(rf"every\s+(?P<v>{NUM})\s*(?:h|hrs?|hours?)\b", re.I)
FIRST = re.compile(r"(?:at|from|first (?:dose|one|pill|tablet)? ?(?:at|was at)?)\s*"
                   r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>am|pm)?", re.I)
COUNT = re.compile(r"(?P<v>\d{1,2})\s*(?:doses|times|tablets|pills)", re.I)


def _weight(text: str) -> float | None:
    m = WEIGHT.search(text)
    if not m:
        return None
    value = _num(m.group("v"))
    return value * 0.45359237 if m.group("u").lower().startswith(("lb", "pound")) else value


def _height(text: str) -> float | None:
    if m := HEIGHT_CM.search(text):
        return _num(m.group("v"))
    if m := HEIGHT_M.search(text):
        return _num(m.group("v")) * 100
    if m := HEIGHT_FT.search(text):
        return (int(m.group("f")) * 12 + int(m.group("i") or 0)) * 2.54
    return None


def _age(text: str) -> int | None:
    m = AGE.search(text)
    return int(m.group("v") or m.group("w") or m.group("x")) if m else None


def _first_time(text: str) -> str | None:
    m = FIRST.search(text)
    if not m:
        return None
    hour = int(m.group("h")) % 24
    if (m.group("ap") or "").lower() == "pm" and hour < 12:
        hour += 12
    if (m.group("ap") or "").lower() == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.group('m') or '00'}"


async def health_result(text: str) -> health.HealthResult | str:
    """The calculation the clause asks for, or what is missing."""
    low = text.lower()
    weight, height, age = _weight(text), _height(text), _age(text)
    if re.search(r"\b(bmr|basal|metabolic|at rest)\b", low):
        sex = SEX.search(text)
        if None in (weight, height, age) or sex is None:
            return "for BMR I need weight, height, age and sex"
        return await health.bmr(weight or 0, height or 0, age or 0,
                                "female" if sex.group("f") else "male")
    if re.search(r"\b(bmi|body[- ]mass)\b", low):
        if weight is None or height is None:
            return "for BMI I need your weight and height"
        return await health.bmi(weight, height)
    if "water" in low:
        return "for daily water I need your weight" if weight is None else (
            await health.daily_water(weight))
    if "heart" in low:
        return "for heart-rate zones I need your age" if age is None else (
            await health.heart_rate_zones(age))
    every, first = EVERY.search(text), _first_time(text)
    if every and first:
        interval = _num(every.group("v"))
        count = COUNT.search(text)
        doses = int(count.group("v")) if count else max(1, int(24 // interval))
        return await health.dose_times(first, interval, doses)
    return "I could not tell which health calculation you want"


def make_health_agent() -> Agent:
    async def health_agent(task: Subtask, context: AgentContext,
                           inputs: dict[str, AgentResult]) -> AgentResult:
        try:
            result = await health_result(task.request)
        except ToolError as exc:
            return failed(exc.reason)
        if isinstance(result, str):
            return failed(result)
        detail = f" — {result.detail}" if result.detail else ""
        return AgentResult(ok=True, text=f"{result.name}: **{result.value}**{detail}\n\n"
                           f"_{result.note}_", basis=f"{result.name} = {result.basis}")
    return health_agent


__all__ = ["CURRENCY_WORDS", "make_health_agent", "make_units_agent"]
