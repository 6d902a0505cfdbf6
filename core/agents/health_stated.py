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
    (r"age|years?", "age"), (r"bmi", "bmi"), (r"cm|height|ht", "height"),
    (r"d|dist|distance|metres|meters", "distance"),
)
METRES = _c(rf"{NUM}\s*(?:m|metres|meters)\b(?!\s*/)")
# "target = resting + …, max = 220 - age": a name defined by a formula of its own
DEFINED = re.compile(r"(?<![a-z0-9_])([a-z][a-z0-9_ ]{0,20}?)\s*=\s*([^=,;?!:]+?)"
                     r"(?=[?!;,:]|\.(?!\d)|$)")
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
ENERGY_NAMES = frozenset(("bmr", "rmr", "tdee", "ree"))


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
        body = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"(\1/100)", body)  # "+ 65% x (…)"
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
    if role == "height" and (height := bodydata.height_cm(text)) is not None:
        return Fraction(height).limit_denominator(10 ** 6)
    if role == "distance" and len(metres := METRES.findall(text)) == 1:
        return _f(metres[0])  # "ran 2480 m", "distance 3100 metres"
    label = LABELS.get(role or "", rf"\b{re.escape(name)}\b")
    found = value_of(text, label)
    if found is None and role in LABELS:  # "rest 60" for a formula's "rest"
        found = value_of(text, rf"\b{re.escape(name)}\b")
    return found


def stated_formula(text: str) -> Trip | None:
    """The formula the message writes out, with every name in it read from the message: a
    named one (Epley, Uth, …) or any "<name> = <formula>" it states."""
    defined = _defined(text)
    named = any(pattern.search(text) for pattern, _ in NAMES)
    asked = set(defined) if named else _asked(text, defined)
    if not named and not asked:
        return None  # "Karvonen 70%: max = 220 - age": a step of another ask, not the answer
    rest = _without_formulas(text)
    inner = {key for key, formula in defined.items() if any(
        re.search(rf"\b{re.escape(key)}\b", other) for other in defined.values())}
    for body in _formulas(text):
        if any(_same(defined[key], body) for key in inner) or (not named and not any(
                _same(defined[key], body) for key in asked)):
            continue  # "max = 220 - age" is a step of the formula asked, not the answer
        found = _worked(text, body, rest, defined)
        if found is not None:
            return found
    return None


def _defined(text: str) -> dict[str, str]:
    """"max = 220 - age" → {"max": "220 - age"}: names given a formula with an operator."""
    out: dict[str, str] = {}
    for m in DEFINED.finditer(text):
        name = m.group(1).strip().split()[-1] if m.group(1).strip() else ""
        before = text[:_name_start(m)].rstrip()[-1:]
        if len(name) < 2 or before in ("/", "*", "+", "-", "^", "(", "=") or re.search(
                rf"\b{re.escape(name)}\b", m.group(2)):
            continue  # "28/x = 2/(x-13)" is an equation, not a definition
        if re.search(r"[a-z]", m.group(2)) and re.search(r"[+\-*/×÷−x]", m.group(2)):
            out.setdefault(name, m.group(2).strip())
    return out


USING_BEFORE = re.compile(r"\b(?:using|use|with|by|formula)\s*:?\s*$")
GENERIC_ASK = re.compile(r"\b(?:result|answer|value|estimate|score|come\s+to|what\s+is\s+it)\b")


def _name_start(match: re.Match[str]) -> int:
    """Where the defined name starts ("bmr" in "using bmr = …")."""
    said = match.group(1).rstrip()
    return match.start(1) + len(said) - len(said.split()[-1]) if said.strip() else match.start(1)


def _asked(text: str, defined: dict[str, str]) -> set[str]:
    """The defined names the message asks for: named again outside the definitions ("Target
    bpm?"), or every one when it asks for "the result"."""
    chars = list(text)
    for m in DEFINED.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    outside = "".join(chars)
    if GENERIC_ASK.search(outside):
        return set(defined)
    used = {m.group(1).strip().split()[-1] for m in DEFINED.finditer(text) if m.group(1).strip()
            and USING_BEFORE.search(text, 0, _name_start(m))}  # "Using BMR = …": to apply
    phrases = {m.group(1).strip().split()[-1]: _phrase(m.group(1)) for m in
               DEFINED.finditer(text) if m.group(1).strip()}
    return (used & set(defined)) | {key for key in defined if re.search(
        rf"\b{re.escape(phrases.get(key, key))}\b", outside)}  # "max hr", not any "hr"


LEAD_WORDS = frozenset(("using", "use", "with", "by", "formula", "my", "the", "a", "and", "then",
                        "so", "if", "where", "when", "is"))


def _phrase(said: str) -> str:
    """The name as written before "=", its last two words at most ("max hr")."""
    words = said.split()
    while len(words) > 1 and (words[0] in LEAD_WORDS or len(words) > 2):
        words = words[1:]
    return " ".join(words)


def _without_formulas(text: str) -> str:
    """The message with its written-out formulas blanked: their numbers are no values."""
    spans = [_run_span(m) for m in DEFINED.finditer(text)] + [
        m.span(1) for m in AFTER_USING.finditer(text)] + [
        m.span() for m in IN_BRACKETS.finditer(text) if re.search(r"[a-z]", m.group(1))]
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


RAW_TERM = r"[(\s]*(?:[a-z][a-z0-9_]*|\d+(?:\.\d+)?%?)[)\s]*"
RAW_RUN = re.compile(rf"{RAW_TERM}(?:(?:\*\*|[-+*/×÷−–·^]|\bx\b)\s*{RAW_TERM})+")


def _run_span(match: re.Match[str]) -> tuple[int, int]:
    """The formula itself in a definition ("15.3 * hrmax / hrrest", not "… with a max of
    190"), where it is written."""
    runs = list(RAW_RUN.finditer(match.group(2)))
    if not runs:
        return match.span(2)
    run = max(runs, key=lambda r: len(r.group(0)))
    return match.start(2) + run.start(), match.start(2) + run.end()


def _worked(text: str, body: str, rest: str | None = None,
            defined: dict[str, str] | None = None) -> Trip | None:
    told: dict[str, tuple[Fraction, str]] = {}
    values: dict[str, Fraction] = {}
    rest = text.replace(body, " ") if rest is None else rest
    for name in sorted(set(re.findall(NAME, body))):
        found = _value(rest, _role(name), name, told)
        inner = (defined or {}).get(name)
        if inner is not None and not _same(inner, body) and (
                worked := _inner(rest, inner)) is not None:
            found = worked  # "max = 220 - age": worked from its own formula
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
    name = next((n for pattern, n in NAMES if pattern.search(text)), None) or next(
        (key for key, formula in (defined or {}).items() if _same(formula, body)), "result")
    if name in ENERGY_NAMES:  # "BMR = 447.593 + …": a day's energy, in kcal
        name, unit = name.upper(), unit or "kcal/day"
    basis = body
    for key, got in values.items():
        basis = re.sub(rf"\b{key}\b", _show(got), basis)
    basis = basis.replace("**", "^").replace("*", " × ").replace("/", " ÷ ").replace("  ", " ")
    if "bmi" in told:
        basis += f" ({told['bmi'][1]})"
    return Trip(name, value, unit, f"{_show(value)} {unit}".strip(), basis)


def _same(formula: str, body: str) -> bool:
    """The formula as written and as read ("70% x" → "(70/100) *") name the same things."""
    names = [n for n in re.findall(NAME, formula) if n != "x"]
    return bool(names) and names == re.findall(NAME, body)


def _inner(text: str, formula: str) -> Fraction | None:
    """The value of a name's own formula ("220 - age"), its names read from the message."""
    bodies = _formulas(f"= {formula}")
    if not bodies:
        return None
    names = set(re.findall(NAME, bodies[0]))
    values: dict[str, Fraction] = {}
    for name in names:
        found = _value(text, _role(name), name, {})
        if found is None:
            return None
        values[name] = found
    try:
        return exact_value(bodies[0], values, max_power=3)
    except (SyntaxError, ValueError, KeyError, ZeroDivisionError, RecursionError):
        return None
