"""Temperatures that are not readings: a change of temperature ("it will drop by 20 °F —
how much in °C?" is 11.11 °C, not −6.67 °C) and a reading moved after converting ("340 °F,
and I take 20 °C off for a fan oven" → 151.11 °C)."""

from __future__ import annotations

import re

from core.tools.units import Conversion, plain_number

NUM = r"(\d+(?:\.\d+)?)"
DEG = r"\s*(?:°|º|degrees?|deg)?\s*(?:(c|f|celsius|fahrenheit|centigrade)\b)?"
CHANGE = re.compile(r"\b(?:drops?|dropped|dropping|falls?|fell|falling|rises?|rose|rising|"
                    r"increases?|increased|decreases?|decreased|difference|change|swings?|"
                    r"warmer|colder|cooler|hotter|higher|lower|up|down)\b", re.I)
BY = re.compile(rf"\b(?:by|of)\s+(?:about\s+|around\s+)?{NUM}|{NUM}{DEG}\s*(?:drop|fall|rise|"
                rf"increase|decrease|difference|change|swing)\b",
                re.I)
# "going from 18 to 21 degrees Celsius", "14 → 9 °C": two readings, whose gap is the change
FROM_TO = re.compile(rf"\bfrom\s+(?:about\s+)?{NUM}{DEG}\s*(?:up\s+|down\s+)?to\s+{NUM}|"
                     rf"(?<![\d.]){NUM}{DEG}\s*(?:->|→|–|—)\s*{NUM}", re.I)
MOVE = re.compile(rf"\b(?:take|knock|subtract|minus|less|reduce(?:\s+it)?\s+by|lower(?:\s+it)?\s+"
                  rf"by|drop(?:\s+it)?\s+by)\s+(?:off\s+)?{NUM}{DEG}(?:\s+off)?|"
                  rf"{NUM}{DEG}\s*(?:lower|less|cooler|colder|off|below)\b|"
                  rf"\b(?:add|plus|raise(?:\s+it)?\s+by)\s+{NUM}{DEG}|"
                  rf"{NUM}{DEG}\s*(?:higher|more|hotter|warmer|above)\b", re.I)
SCALE = {("degF", "degC"): 5 / 9, ("degC", "degF"): 9 / 5, ("degC", "kelvin"): 1.0,
         ("kelvin", "degC"): 1.0, ("degF", "kelvin"): 5 / 9, ("kelvin", "degF"): 9 / 5}
SYMBOL = {"degC": "°C", "degF": "°F", "kelvin": "K"}


def temperature_change(text: str, value: float, source: str, target: str) -> str | None:
    """A change of temperature converted (only the scale, no offset), as the answer text."""
    scale = SCALE.get((source, target))
    if scale is None or not CHANGE.search(text):
        return None
    said = BY.search(text)
    between = FROM_TO.search(text)
    ends = [float(g) for g in (between.groups() if between else ()) if g and re.fullmatch(NUM, g)]
    if said is None and len(ends) == 2 and value in ends:
        value = abs(ends[1] - ends[0])  # "from 18 to 21 °C": the gap is the change
    elif said is None or float(said.group(1) or said.group(2)) != value:
        return None
    result = value * scale
    return (f"a change of {plain_number(value)} {SYMBOL[source]} = **{plain_number(result)} "
            f"{SYMBOL[target]}** (a difference of temperature, so no offset)")


def temperature_moved(text: str, made: Conversion, value: float) -> tuple[str, float] | None:
    """A converted reading moved by the degrees the text adds or takes off in the target
    scale ("take 20 °C off"): the answer text and the new reading."""
    for found in MOVE.finditer(text):
        groups = found.groups()
        number = next((g for g in groups if g and re.fullmatch(NUM, g)), None)
        if number is None or float(number) == value:
            continue
        scale = next((g for g in groups if g and not re.fullmatch(NUM, g)), "")
        wanted = "°F" if scale.lower().startswith("f") else "°C" if scale else made.target
        if wanted != made.target:
            continue
        down = groups[0] is not None or groups[2] is not None
        moved = made.result - float(number) if down else made.result + float(number)
        sign = "−" if down else "+"
        return (f"{plain_number(made.value)} {made.source} = {plain_number(made.result)} "
                f"{made.target}, {sign} {number} {made.target} = **{plain_number(moved)} "
                f"{made.target}**", moved)
    return None
