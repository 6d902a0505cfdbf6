"""A formula the message writes out, worked with the values it gives: "1RM with Epley
(w × (1 + reps/30)), 100 kg for 5 reps" → 116.67 kg; "Brzycki 1RM = weight × 36 / (37 −
reps)"; "VO2max by Uth (15.3 × HRmax/HRrest): max 190, resting 60"; "BMI prime (BMI divided
by 25)". Each name in the formula is read from the message by what it stands for (a weight,
the reps, the resting or maximum heart rate, the age, BMI from weight and height) or by the
label written beside a number; the formula given is the one used.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents import bodydata
from core.agents.health_named import value_of
from core.agents.patterns import ci as _c
from core.agents.reason_exact import exact_value
from core.agents.words_travel import NUM, Trip, _f, _show

NAME = r"[a-z][a-z0-9_]*"
# "(w × (1 + reps/30))", "= weight × 36 / (37 − reps)", "(BMI divided by 25)"
IN_BRACKETS = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")
AFTER_EQUALS = re.compile(r"=\s*([^=,;?!]+?)(?:[?!;,:]|\.(?!\d)|$)")
AFTER_USING = re.compile(r"\b(?:using|formula|with|by)\s*:?\s*([a-z0-9_.\s+\-*/()×÷−·^]*[+\-*/×÷−·]"
                         r"[a-z0-9_.\s+\-*/()×÷−·^]*)")
BACKWARD = re.compile(r"(?<![a-z0-9_.])(?:[a-z][a-z0-9_]*|\d+(?:\.\d+)?)\s*(?:[*/×÷·]|\bx\b)\s*$")
TERM = r"[(\s]*(?:[a-z][a-z0-9_]*|\d+(?:\.\d+)?)[)\s]*"
RUN = re.compile(rf"{TERM}(?:(?:\*\*|[+\-*/])\s*{TERM})+")
ONWARD = re.compile(r"\s*[*/+×÷−-]\s*(?:\d+(?:\.\d+)?|[a-z][a-z0-9_]*)(?![a-z0-9_])")
WORDS = ((r"\bdivided\s+by\b|÷", "/"), (r"\b(?:times|multiplied\s+by)\b|×|·", "*"),
         (r"\bplus\b", "+"), (r"\bminus\b|−|–", "-"), (r"\bsquared\b", "**2"), (r"\^", "**"))
WEIGHT = _c(rf"{NUM}\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b")
REPS = _c(rf"{NUM}\s*(?:reps?|repetitions?|times)\b(?!\s*max)|\bfor\s+{NUM}\b(?!\s*(?:kg|lb|%|"
          rf"min|sec|hour|day|week))|\b(?:x|×)\s*{NUM}\b(?!\s*(?:kg|lb))")
ROLES = (
    (r"w|wt|weight|load|mass|lifted|kg|lb", "weight"),
    (r"r|reps?|repetitions?|n", "reps"),
    (r"sbp|systolic|sys", "systolic"), (r"dbp|diastolic|dia", "diastolic"),
    (r"hr_?max|max_?hr|mhr|max|maximum", "max"),
    (r"hr_?rest|rest(?:ing)?_?hr|rhr|rest|resting", "rest"),
    (r"age|years?", "age"), (r"bmi", "bmi"),
)
LABELS = {"max": r"\bmax(?:imum)?(?:\s+(?:hr|heart\s+rate|pulse))?\b|\bhr\s*max\b|\bmhr\b",
          "rest": r"\bresting(?:\s+(?:hr|heart\s+rate|pulse))?\b|\brest(?:ing)?\s+hr\b|\brhr\b",
          "age": r"\bage\b|\baged\b|\byears?\s+old\b|\byo\b",
          "systolic": r"\bsystolic\b|\bsbp\b", "diastolic": r"\bdiastolic\b|\bdbp\b"}
BP = _c(r"(?<![\d.])(\d{2,3})\s*/\s*(\d{2,3})(?!\d|\.\d)")
ONE_RM = r"\b1\s*rm\b|\b(?:one|1)[\s-]+rep\s+max\b"
UNITS = ((_c(rf"{ONE_RM}|\bepley\b|\bbrzycki\b|\blombardi\b"), "weight"),
         (_c(r"\bvo2\s*max\b|\bvo2\b|\buth\b"), "ml/kg/min"),
         (_c(r"\bmean\s+arterial\b|\bmap\b"), "mmHg"),
         (_c(r"\bheart\s+rate\b|\bpulse\b|\bbpm\b"), "bpm"))
NAMES = ((_c(r"\bepley\b"), "1RM (Epley)"), (_c(r"\bbrzycki\b"), "1RM (Brzycki)"),
         (_c(r"\blombardi\b"), "1RM (Lombardi)"), (_c(ONE_RM), "1RM"),
         (_c(r"\buth\b|\bvo2"), "VO2max"), (_c(r"\bbmi\s+prime\b"), "BMI prime"),
         (_c(r"\bmean\s+arterial\b|\bmap\b"), "mean arterial pressure"))
SHOWN_NAMES = frozenset(name for _, name in NAMES)


def _formulas(text: str) -> list[str]:
    """The written-out formulas: names and numbers joined by operators."""
    out: list[str] = []
    found = [m.group(1) for m in AFTER_EQUALS.finditer(text)] + \
        [m.group(1) for m in AFTER_USING.finditer(text)]
    for m in IN_BRACKETS.finditer(text):
        end = m.end()
        while (more := ONWARD.match(text, end)) is not None:
            end = more.end()  # "(sbp + 2×dbp)/3": the bracket and what follows it
        back = BACKWARD.search(text[:m.start()])
        start = back.start() if back is not None else m.start()  # "w x (1 + reps/30)"
        found.append(text[start:end] if (end > m.end() or back) else m.group(1))
    for body in found:
        body = body.strip()
        for pattern, op in WORDS:
            body = re.sub(pattern, op, body)
        body = re.sub(r"(?<=[\d)\s])x(?=[\s(\d])", "*", body)  # "w x (1 + reps/30)"
        body = re.sub(r"(\d)\s*([a-z(])", r"\1*\2", body)  # "2dbp", "2(…)"
        body = re.sub(r"\b(hr|max|rest|resting)\s+(max|rest|resting|hr)\b", r"\1_\2", body)
        runs = [r.group(0) for r in RUN.finditer(body)]
        if not runs:
            continue
        body = max(runs, key=len).strip()  # "15.3 * hrmax / hrrest" out of "… with a max of 190"
        names = set(re.findall(NAME, body))
        if names and len(names) <= 4:
            out.append(body)
    return out


def _role(name: str) -> str | None:
    return next((role for pattern, role in ROLES if re.fullmatch(pattern, name)), None)


def _value(text: str, role: str | None, name: str,
           told: dict[str, tuple[Fraction, str]]) -> Fraction | None:
    if role == "weight" and (m := WEIGHT.search(text)) is not None:
        told["unit"] = (Fraction(0), "lb" if m.group(2).startswith(("l", "p")) else "kg")
        return _f(m.group(1))
    if role == "reps" and (m := REPS.search(text)) is not None:
        return _f(next(g for g in m.groups() if g))
    if role in ("systolic", "diastolic") and (m := BP.search(text)) is not None:
        return _f(m.group(1) if role == "systolic" else m.group(2))
    if role == "bmi":
        weight, height = bodydata.weight_kg(text), bodydata.height_cm(text)
        if weight is None or height is None or height <= 0:
            return None
        told["bmi"] = (Fraction(0), f"BMI = {_show(Fraction(weight))} kg ÷ "
                                    f"({_show(Fraction(height) / 100)} m)²")
        return Fraction(weight).limit_denominator(10 ** 6) / (
            Fraction(height).limit_denominator(10 ** 6) / 100) ** 2
    if role == "age" and (age := bodydata.age_years(text, loose=True)) is not None:
        return Fraction(age)
    label = LABELS.get(role or "", rf"\b{re.escape(name)}\b")
    return value_of(text, label)


def stated_formula(text: str) -> Trip | None:
    """The formula the message writes out, with every name in it read from the message."""
    if not any(pattern.search(text) for pattern, _ in NAMES):
        return None
    for body in _formulas(text):
        found = _worked(text, body)
        if found is not None:
            return found
    return None


def _worked(text: str, body: str) -> Trip | None:
    told: dict[str, tuple[Fraction, str]] = {}
    values: dict[str, Fraction] = {}
    rest = text.replace(body, " ")
    for name in sorted(set(re.findall(NAME, body))):
        found = _value(rest, _role(name), name, told)
        if found is None:
            return None
        values[name] = found
    try:
        value = exact_value(body, values, max_power=3)
    except (SyntaxError, ValueError, KeyError, ZeroDivisionError, RecursionError):
        return None
    unit = next((u for pattern, u in UNITS if pattern.search(text)), "")
    if unit == "weight":
        unit = told.get("unit", (Fraction(0), "kg"))[1]
    name = next(n for pattern, n in NAMES if pattern.search(text))
    basis = body
    for key, got in values.items():
        basis = re.sub(rf"\b{key}\b", _show(got), basis)
    basis = basis.replace("**", "^").replace("*", " × ").replace("/", " ÷ ").replace("  ", " ")
    if "bmi" in told:
        basis += f" ({told['bmi'][1]})"
    return Trip(name, value, unit, f"{_show(value)} {unit}".strip(), basis)
