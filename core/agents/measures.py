"""The units and health agents: a clause in words → a unit conversion or a health
calculation, with the numbers used shown and a short safety note.

A conversion that depends on an earlier part ("what is it in euros?") converts that
part's amount (a receipt's total, a previous conversion) into the unit the clause names.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from fractions import Fraction

from core.agents import bodydata, health_bmr, health_budget, health_named, health_weight
from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.figure_rounding import as_asked
from core.agents.health_left import dose_left
from core.agents.health_stated import SHOWN_NAMES
from core.agents.mixed_units import mixed
from core.agents.plan import Subtask
from core.agents.quantities import Ask, Mention, fit, parse_conversion, target_units
from core.agents.wording import expand
from core.agents.words_factor import stated_factor
from core.agents.words_places import asked_places, rounded
from core.agents.words_reckon import needs_weight, reckon
from core.agents.words_shown import with_tenth
from core.agents.words_temperature import temperature_change, temperature_moved
from core.tools import health
from core.tools.unitnames import CURRENCY, Unit, pint_unit, readings
from core.tools.units import Conversion, UnitTools, currency_code, plain_number
from core.tools.workers import ToolError

NOTED = health_named.NAMES | health_budget.NAMES | SHOWN_NAMES
LOOSE = re.compile(r"\d\s*[a-z]+.*\b(?:in|into|to|as)\s+[a-z°]|how\s+many\s+[a-z]+.*\d", re.I)


async def find_conversion(text: str) -> Ask | None:
    """The lexicon first; pint's registry (in a thread) for units outside it."""
    ask = parse_conversion(text)
    if ask is None and LOOSE.search(text[:2000]):
        ask = await asyncio.to_thread(parse_conversion, text, pint_unit)
    return ask


def _feet_and_inches(conversion: Conversion) -> str:
    """", that is 5 ft 10.9 in": a height-sized length in feet also in feet and inches."""
    if conversion.target != "ft" or conversion.shown or not 1 < conversion.result < 10 or \
            conversion.result == int(conversion.result):
        return ""
    feet = int(conversion.result)
    inches = round((conversion.result - feet) * 12, 1)
    if inches >= 12:
        feet, inches = feet + 1, 0.0
    whole = round((conversion.result - feet) * 12)
    near = f"{feet + 1} ft 0 in" if whole >= 12 else f"{feet} ft {whole} in"
    nearest = f" ({near} to the nearest inch)" if inches != int(inches) else ""
    return f", that is {feet} ft {inches:g} in{nearest}"


def _result(conversion: Conversion, assumed: str = "", named: str = "") -> AgentResult:
    note = f" ({conversion.note})" if conversion.note else _feet_and_inches(conversion)
    return AgentResult(ok=True, text=_as_named(conversion, named) + assumed + note,
                       basis=f"Converted {conversion.basis()}", amount=conversion.result,
                       currency=conversion.target)


ABOUT = re.compile(r"(about -?[\d.]+) [^,;)]+")
WORDED = re.compile(r"(?:(?:uk|us|imperial)\s)?[a-z]{3,}(?:\s[a-z]{2,})*", re.I)


def _as_named(conversion: Conversion, named: str) -> str:
    """The result, and again in the unit as the question named it when it was named in
    words ("**84 h** (84 hours)"); a symbol, a temperature or a currency stays as it is."""
    text, extra = conversion.text(), ""
    if text.endswith(")") and " (" in text and text.rsplit(" (", 1)[0].endswith("**"):
        text, extra = text.rsplit(" (", 1)  # "(5.279 UK pt)": kept after the named unit
        extra = f" ({extra}"
    surface = named.strip().lower()
    if conversion.note or not WORDED.fullmatch(surface) or "°" in conversion.target or \
            conversion.target in ("K", "kelvin") or surface == conversion.target.lower() or \
            surface.startswith(("degree", "celsius", "fahrenheit", "kelvin")):
        return text + extra  # temperatures keep their symbols
    label = f" {conversion.target}**"
    if not text.endswith(label):
        return text + extra
    value = text[:-len(label)].rpartition("**")[2]
    extra = ABOUT.sub(lambda m: f"{m.group(1)} {surface}", extra) if \
        f" {conversion.target}" in extra else extra  # "about 8.9 mph", as the question said
    if (kind := re.match(r"(uk|us|imperial)\s+(.+)", surface)) is not None:  # "24.64 pints, UK"
        country = kind.group(1).upper() if len(kind.group(1)) == 2 else "imperial"
        surface = f"{kind.group(2)}, {country}"
    return f"{text} ({value} {surface}; {extra[2:]}" if extra else f"{text} ({value} {surface})"


async def _convert_clause(tools: UnitTools, text: str) -> AgentResult:
    if (given := stated_factor(expand(text).lower())) is not None:  # "(multiply by 18)"
        shown = f"**{with_tenth(given.shown, given.value, given.unit)}**"
        if (digits := asked_places(expand(text))) is not None:  # "1 dp": as asked, exact beside
            asked = f"{rounded(given.value, digits)} {given.unit}"
            shown = f"**{asked}**" + ("" if asked == given.shown else f" ({given.shown})")
        return AgentResult(ok=True, text=shown,
                           basis=f"Converted by the factor given: {given.basis}",
                           amount=float(given.value), currency=given.unit)
    ask = await find_conversion(text)
    if ask is None:
        return failed("I could not tell which units to convert between")
    value = ask.value
    for amount, unit in ask.more:  # "2 hours 30 minutes": everything in the first unit
        value += (await tools.convert(amount, unit.pint, ask.source.pint)).result
    if (split := mixed(expand(text), value, ask.source.pint)) is not None:  # "… to h:mm:ss"
        return AgentResult(ok=True, text=f"{value:g} {ask.source_text} = **{split[0]}**",
                           basis=f"Converted {split[1]}", amount=value,
                           currency=ask.source.pint)
    if ask.source.dim == "temperature" and (change := temperature_change(
            text, value, ask.source.pint, ask.target.pint)) is not None:
        return AgentResult(ok=True, text=change, basis="Converted a change of temperature")
    made = await tools.convert(value, ask.source.pint, ask.target.pint)
    if ask.source.dim == "temperature" and (moved := temperature_moved(text, made, value)):
        return AgentResult(ok=True, text=moved[0], basis=f"Converted {made.basis()}, then "
                           "moved by the degrees given", amount=moved[1], currency=made.target)
    digits = asked_places(expand(text))
    if digits is not None and not made.note and not made.shown:
        made = replace(made, shown=f"{rounded(Fraction(str(made.result)), digits)} {made.target}")
    return _result(made, named=ask.target_text)


SUPPOSED = re.compile(r"\b(?:if|say|suppose|assuming)\s+(?:that|it|this)\s+(?:were|was|is|are)\s+"
                      r"(?:in\s+)?([a-z]+(?:[²³]|\^[23])?)", re.I)


async def _convert_amount(tools: UnitTools, read: AgentResult, request: str) -> AgentResult:
    """Convert an earlier part's amount into the unit the request names."""
    assert read.amount is not None
    if (over := _over_period(read, request)) is not None:  # "1641 kcal/day … across a week"
        read, said = over
        named = target_units(request, alone=False, bare=True)
        own = {u.pint for u in readings(read.currency)}
        if not named or all(u.pint in own for m in named for u in m.units[:1]):
            return AgentResult(ok=True, text=f"**{plain_number(read.amount or 0)} "
                               f"{read.currency}** {said}", basis=f"{said[1:-1]}",
                               amount=read.amount, currency=read.currency)
    assert read.amount is not None
    names = target_units(request, alone=False, bare=True) or await asyncio.to_thread(
        target_units, request, pint_unit, False, True)
    sources, assumed = _sources(read)
    supposed = SUPPOSED.search(request)  # "if that were minutes, how many hours is it?"
    if supposed is not None and (units := tuple(readings(supposed.group(1)))):
        sources, assumed = units, False
        names = [m for m in names if not any(u.pint == s.pint for u in m.units for s in units)]
    if not names:
        return failed("I could not tell which unit you want")
    sources, per = _per_period(read, sources, names)
    if any(u.pint == s.pint for m in names for u in m.units for s in sources):
        if sources[0].dim == CURRENCY:
            shown = f"{read.amount:.2f} {sources[0].pint}"
        else:  # "13.06 km": the unit's symbol, rounded as any result
            same = await tools.convert(read.amount, sources[0].pint, sources[0].pint)
            shown = f"{plain_number(same.result)} {same.target}"
        return AgentResult(ok=True, text=f"**{shown}** (it is already in "
                           f"{names[0].surface})", basis="No conversion needed",
                           amount=read.amount, currency=read.currency)
    for mention in names:
        pair = fit(sources, mention.units)
        if pair is None and sources[0].dim != CURRENCY:
            pair = await asyncio.to_thread(fit, sources, mention.units, True)
        if pair is not None:
            note = " (I assumed the amount is in US dollars)" if assumed else ""
            made = await tools.convert(read.amount, pair[0].pint, pair[1].pint)
            if per:  # "1478 kcal/day in kJ": the rate keeps its period and its precision
                whole = read.amount == int(read.amount) and abs(made.result) >= 100
                made = replace(made, source=made.source + per, target=made.target + per,
                               result=round(made.result) if whole else made.result)
            return _result(made, note, named=mention.surface)
    return failed(f"I cannot convert {read.currency or 'that amount'} to "
                  f"{names[0].surface}")


def _per_period(read: AgentResult, sources: tuple[Unit, ...],
                names: list[Mention]) -> tuple[tuple[Unit, ...], str]:
    """An amount per day ("1478 kcal/day") asked in a unit with no period ("in kJ"): the
    amount's own unit is converted and the period kept ("6184 kJ/day")."""
    unit, slash, period = (read.currency or "").partition("/")
    if not slash or any("/" in u.pint for m in names for u in m.units):
        return sources, ""
    own = tuple(readings(unit.strip()))
    return (own, f"/{period.strip()}") if own and period.strip().isalpha() else (sources, "")


OVER = re.compile(r"\b(?:across|over|in|for|during|through(?:out)?)\s+(?:(?:a|an|one|the|whole|"
                  r"entire|full|complete)\s+)*(?:(?P<n>\d+(?:\.\d+)?)\s*)?(?P<u>day|week|fortnight|"
                  r"month|year)s?\b(?![\s-]*old\b)|\b(?:per|a|an|each|every)\s+(?:(?:whole|full)\s+)?"
                  r"(?P<v>day|week|fortnight|month|year)\b(?![\s-]*old\b)|\b(?P<ly>daily|weekly|"
                  r"fortnightly|monthly|yearly|annually)\b", re.I)
DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
LY = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
      "yearly": "year", "annually": "year"}


def _over_period(read: AgentResult, request: str) -> tuple[AgentResult, str] | None:
    """An amount per day ("1641 kcal/day") asked over a longer time ("how many calories
    across a whole week?"): the total for that time, and how it was worked out."""
    unit, slash, period = (read.currency or "").partition("/")
    period = period.strip().lower()
    if not slash or period not in DAYS or read.amount is None:
        return None
    for found in OVER.finditer(request):
        span = (found.group("u") or found.group("v") or LY[found.group("ly").lower()]).lower()
        count = float(found.group("n") or 1)
        factor = count * DAYS[span] / DAYS[period]
        if factor > 1 and count > 0:
            break
    else:
        return None
    label = f"{plain_number(count)} {span}s" if count != 1 else f"a {span}"
    said = f"({plain_number(read.amount)} {unit.strip()}/{period} × {plain_number(factor)}, " \
           f"for {label})"
    return replace(read, amount=read.amount * factor, currency=unit.strip()), said


def _sources(read: AgentResult) -> tuple[tuple[Unit, ...], bool]:
    """The unit of an earlier amount (and whether US dollars were assumed)."""
    if not read.currency:
        return (Unit("USD", CURRENCY),), True
    if code := currency_code(read.currency):
        return (Unit(code, CURRENCY),), False
    return tuple(readings(read.currency)) or (Unit(read.currency, "pint:?"),), False


def make_units_agent(tools: UnitTools) -> Agent:
    async def units_agent(task: Subtask, context: AgentContext,
                          inputs: dict[str, AgentResult]) -> AgentResult:
        try:
            if task.depends_on:
                read = next((r for r in inputs.values() if r.amount is not None), None)
                if read is None:
                    return failed("there was no amount to convert")
                return as_asked(task.request, await _convert_amount(tools, read, task.request))
            return as_asked(task.request, await _convert_clause(tools, task.request))
        except ToolError as exc:
            return failed(f"the conversion failed: {exc.reason}")
    return units_agent


# --- health -------------------------------------------------------------------------

async def health_result(text: str) -> health.HealthResult | str:
    """The calculation the clause asks for, or what is missing."""
    text = expand(text)
    if (left := dose_left(text)) is not None:  # a daily limit less what was taken so far
        return left
    worked = reckon(text)
    if worked is None and not re.search(r"\?|\bhow\b|\bwhat\b", text, re.I):
        # a statement whose question was split off
        worked = next((found for ask in ("how much", "how long", "how far", "how fast")
                       if (found := reckon(f"{text} — {ask}?")) is not None), None)
    if worked is not None:
        shown = worked.shown() if worked.text else with_tenth(worked.shown(), worked.value,
                                                              worked.unit)
        return health.HealthResult(worked.name, shown, worked.basis,
                                   await _times_too(text) if worked.unit != "time" else "",
                                   note=worked.note or (health.SAFETY_NOTE if worked.unit in (
                                       "bpm", "kcal", "kcal/day") or worked.name in
                                       NOTED else ""),
                                   amount=float(worked.value),
                                   unit=_named_unit(worked.unit))
    if needs_weight(text):
        return "for a dose by body weight I need the weight (in kg or lb)"
    ask = bodydata.health_ask(text)
    weight, height = bodydata.weight_kg(text), bodydata.height_cm(text)
    age = bodydata.age_years(text, loose=ask in ("bmr", "heart"))
    if ask == "bmr":
        sex = bodydata.sex_of(text)
        named = await health_bmr.named_bmr(text, weight, height, age, sex)
        if isinstance(named, str):
            return named
        if named is None and (weight is None or height is None or age is None or sex is None):
            return "for BMR I need weight, height, age and sex"
        rate = named or await health.bmr(weight or 0, height or 0, age or 0,
                                         "female" if sex == "female" else "male")
        if (kept := health_bmr.maintenance(rate, text)) is not None:  # BMR × activity factor
            return kept
        value = float(round(rate.amount or 0.0))  # the daily figure as people carry it on
        over = _over_period(AgentResult(ok=True, text="", amount=value, currency="kcal/day"),
                            text)
        if over is None or over[0].amount is None:
            return rate
        return replace(rate, detail=f"{health.kcal(over[0].amount, '')} {over[1]}")
    if ask in ("bmi", None):  # a BMI moved, the weights at two BMIs, an ideal weight
        body = health_weight.bmi_moved(text, weight, height) or health_weight.bmi_band(
            text, height, weight) or health_weight.ideal_weight(text, height,
                                                                bodydata.sex_of(text))
        if body is not None:
            return body
    target = bodydata.target_bmi(text) if ask == "bmi" else None
    if target is not None and height is not None and (
            weight is None or bodydata.CHANGE_ASK.search(text) or bodydata.AIM_ASK.search(text)):
        pounds = bodydata.POUNDS_ASK.search(text) is not None
        return await health.weight_for_bmi(height, target, weight, pounds)
    if ask == "bmi" or (ask is None and weight is not None and height is not None):
        if weight is None and height is not None and bodydata.RANGE_ASK.search(text):
            return await health.healthy_weight(height)
        if weight is None or height is None:
            return "for BMI I need your weight and height"
        return await health.bmi(weight, height)
    if ask == "water":
        return "for daily water I need your weight" if weight is None else (
            await health.daily_water(weight))
    if ask == "heart":
        if age is None:
            return "for heart-rate zones I need your age"
        if (band := bodydata.heart_band(text) or bodydata.named_zone(text)) is not None:
            return await health.heart_rate_band(age, *band)
        if (pulse := bodydata.pulse_share(text)) is not None:
            return await health.pulse_share(age, pulse)
        if (share := bodydata.heart_share(text)) is not None:
            return await health.heart_rate_share(age, share)
        return await health.heart_rate_zones(age)
    if ask == "dose_total":
        amount = bodydata.dose_amount(text)
        if amount is None:
            return "for a total I need the amount of each dose and how often it is taken"
        return await health.dose_total(*amount)
    first, plan = bodydata.first_dose(text), bodydata.dose_plan(text)
    if ask == "dose" and first and plan:
        if NEXT_TIMES.search(text):  # "the next three times": after the one given
            times = await health.dose_times(first, plan[0], plan[1] + 1)
            return replace(times, value=times.value.partition(", ")[2],
                           basis=f"{first} + every {plan[0]:g} h, the next {plan[1]}")
        return await health.dose_times(first, plan[0], plan[1])
    return "I could not tell which health calculation you want"


NEXT_TIMES = re.compile(r"\b(?:next|following|coming|upcoming|later)\s+(?:\w+\s+)?"
                        r"(?:times?|doses?)\b", re.I)
TIMES_ASK = re.compile(r"\bwhat\s+(?:are\s+)?(?:the\s+)?(?:other\s+|next\s+)?(?:\w+\s+)?times\b|"
                       r"\b(?:when|what\s+time)\b[^?.]*\b(?:doses?|ones?|next|last|first|"
                       r"take\s+(?:it|them))\b|\bdose\s+times\b|\bschedule\b", re.I)


async def _times_too(text: str) -> str:
    """"… every 6 hours from 8am: how many days will it last and what are the other
    times?": the dose times asked beside a supply or a count."""
    first, plan = bodydata.first_dose(text), bodydata.dose_plan(text)
    if not TIMES_ASK.search(text) or first is None or plan is None:
        return ""
    try:
        times = await health.dose_times(first, plan[0], plan[1])
    except ToolError:
        return ""
    last = times.value.rpartition(", ")[2]
    return f"dose times **{times.value}** (the last one at {last})"


def _named_unit(unit: str) -> str:
    """A result's unit when a later conversion can read it ("g of flour" → "g"), or a
    counted noun a later step can multiply ("2.67 units", then "7 times that")."""
    head = unit.split(" of ")[0].strip()
    return head if head and (readings(head) or COUNTED.fullmatch(head)) else ""


COUNTED = re.compile(r"units|tablets|capsules|pills|doses|puffs|drinks|standard\s+drinks|"
                     r"servings|portions|steps|pages|scoops", re.I)


def _carried(result: health.HealthResult) -> float | None:
    """The amount a later part works on: a daily energy as its whole kcal, as shown."""
    if not result.unit or result.amount is None:
        return None
    return float(round(result.amount)) if result.unit == "kcal/day" else result.amount


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
        note = f"\n\n_{result.note}_" if result.note else ""
        return as_asked(task.request, AgentResult(
            ok=True, text=f"{result.name}: **{result.value}**{detail}{note}",
            basis=f"{result.name} = {result.basis}", amount=_carried(result),
            currency=result.unit))
    return health_agent


__all__ = ["find_conversion", "health_result", "make_health_agent", "make_units_agent"]
