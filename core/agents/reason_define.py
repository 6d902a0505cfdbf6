"""Quantities the message defines, then asks about: "HOMA-IR = fasting glucose × fasting
insulin / 22.5. Mine: glucose 8.1, insulin 9.3", "Intensity factor = NP/FTP, TSS = hours ×
IF² × 100. Ride: 2h30, normalized power 295 W, FTP 316 W", "acute load = the latest week;
chronic load = the average of all four weeks. Acute:chronic ratio?".

Each definition is ``name = formula`` (or ``name = the latest/first/average/sum of …`` over
the one list of numbers given). A name in a formula is another definition, or is bound to
the one number the message labels with it: by its words ("glucose 8.1" for "fasting
glucose"), its initials ("normalized power 209" for "NP"), or a duration for "hours".
What is asked is the one definition named in the question, a ratio of two ("A:B ratio"),
or the only one there is. Anything unbound or ambiguous gives None. The text is expanded
and lower-cased.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents import bodydata
from core.agents.mathcall import MathCall
from core.agents.mathvalues import encode
from core.agents.reason_exact import exact_value
from core.agents.reason_formula import bind
from core.agents.reason_quantities import quantities
from core.agents.reason_records import over_records
from core.agents.reason_units import unit_of

NUM = r"-?\d+(?:\.\d+)?"
CUE = re.compile(r"[a-z)]\s*(?:=|\bequals\b)\s*[a-z(\d]")
PIECE = re.compile(r"(?:[^.;?!]|\.(?=\d))+")
NAME = r"[a-z][a-z0-9'\-]*(?:\s+[a-z][a-z0-9'\-]*){0,3}"
DEFINED = re.compile(rf"^\s*(?:[a-z][^:=]{{0,60}}:\s*)?({NAME})\s*(?:\([^()]*\)\s*)?"
                     rf"(?:=|\bequals\b)\s*(.+?)\s*$")
ANNOTATION = re.compile(r"(?<=[a-z0-9²³])\s*\((?:[^()\d+\-*×÷−]|/)*\)")
OPERATORS = ((re.compile(r"\bdivided\s+by\b|÷|\bover\b"), "/"),
             (re.compile(r"\b(?:times|multiplied\s+by)\b|×|·|(?<=[\d)\s])x(?=[\s(\d])"), "*"),
             (re.compile(r"\bminus\b|[−–]"), "-"), (re.compile(r"\bplus\b"), "+"),
             (re.compile(r"\s*\bsquared\b|²"), "^2"), (re.compile(r"\s*\bcubed\b|³"), "^3"),
             (re.compile(r"(?<=\d)(?=[a-z(])"), "*"))  # "0.6215t": a product
DECLARED = re.compile(r"(?:^|[(,;]|\bwhere|\band)\s*([a-z])\s+(?:is\s+(?:the\s+)?[a-z]+\s+)?in\s+"
                      r"(°\s?[fc]\b|%|[a-z][a-z/]*)")
WHERE = re.compile(r",?\s*\b(?:where|with)\b.*$")
TOKEN = re.compile(rf"\d+(?:\.\d+)?|{NAME}|[-+*/^()]|\S")
FILLER = frozenset(("the", "a", "an", "my", "your", "of", "in", "value", "values"))
AGGREGATE = re.compile(
    r"^(?:the\s+)?(?:(?P<last>latest|last|most\s+recent|newest|final)|(?P<first>first|oldest|"
    r"earliest)|(?P<mean>average|mean)|(?P<sum>sum|total)|(?P<max>highest|largest|biggest|"
    r"maximum|max)|(?P<min>lowest|smallest|minimum|min))\b(?P<rest>.*)$")
LIST = re.compile(rf"(?<![\d.]){NUM}(?:\s*,\s*{NUM}){{2,}}(?!\d|\.\d)")
NEWEST_FIRST = re.compile(r"\b(?:newest|latest|most\s+recent)\s+first\b")
DURATION = re.compile(r"(?<![\d.:])(\d+)\s*h\s*(\d{2})\b|(?<![\d.])(\d+(?:\.\d+)?)\s*"
                      r"(h|hrs?|hours?|min|mins|minutes?)\b")
RATIO = re.compile(rf"({NAME})\s*(?::|\bto\b|/)\s*({NAME})\s+(?:\w+\s+)?ratio\b|\bratio\s+of\s+"
                   rf"(?:the\s+)?({NAME})\s+to\s+(?:the\s+)?({NAME})")
PLACES = re.compile(r"\b(\d)\s*(?:dp\b|d\.p\b|decimals?\b|decimal\s+places?\b)|\bnearest\s+"
                    r"(?:whole|integer|unit|[a-z]+\b)|\bwhole\s+number\b")
VERBS = frozenset(("graph", "plot", "draw", "sketch", "solve", "find", "let", "if", "when", "then",
                   "calculate", "evaluate", "simplify", "expand", "factor", "differentiate",
                   "integrate", "is", "what", "put", "show", "and", "so", "given", "suppose",
                   "for"))
CONVERSION = re.compile(r"\b1\s*[a-z]+\s*(?:=|is)\s*\d+(?:\.\d+)?\s*[a-z]+\b")
QUESTION = re.compile(r"\?|\b(?:what|how|which|calculate|work\s+out|find)\b")
NUMBERED = re.compile(rf"(?:[a-z]+\s+)?{NUM}\s*(?:[a-z/%°]+)?")  # "age 65", "87 kg"
GENERIC = frozenset((
    "what", "what's", "whats", "is", "it", "its", "it's", "that", "this", "the", "a", "an", "my",
    "mine", "value", "result", "answer", "to", "decimal", "decimals", "dp", "places", "place",
    "round", "rounded", "nearest", "whole", "number", "for", "of", "in", "and", "at", "with",
    "how", "much", "many", "do", "does", "i", "get", "give", "me", "please", "calculate", "work",
    "out", "find", "estimate", "one", "two", "three", "so", "then", "be", "would", "will",
    "using", "use", "formula", "equation", "rule", "s", "are", "there", "now", "figure"))
HOURS_WORDS = frozenset(("hours", "hour", "hrs", "h", "duration", "time"))


def defined_value(text: str) -> MathCall | None:
    """The defined quantity the message asks for, worked from the numbers it gives."""
    if not CUE.search(text):
        return None
    units = {m.group(1): m.group(2) for m in DECLARED.finditer(text)}
    defs: dict[str, list[str]] = {}
    spans: list[tuple[int, int]] = []
    asks: list[str] = []
    own: dict[str, set[str]] = {}
    for piece in PIECE.finditer(text):
        questioned = text[piece.end():piece.end() + 1] == "?"
        for part in _parts(piece.group(0)):
            found = DEFINED.match(part)
            if found is None:
                last = questioned and piece.group(0).rstrip().endswith(part)
                asks.append(f"{part}?" if last else part)
                continue
            name = _name(found.group(1))
            own[name or ""] = set(re.findall(r"[a-z0-9]+", part[:found.start(2)]))
            body = _tokens(found.group(2))
            if name is None or body is None or name in defs or _algebra(name, body, units):
                return None
            defs[name] = body
            at = text.find(part, piece.start())
            spans.append((at, at + len(part)))
    if not defs:
        return None
    given = text
    for start, end in spans:
        given = given[:start] + " " * (end - start) + given[end:]
    given = CONVERSION.sub(lambda m: " " * len(m.group(0)), given)  # "1 lb = 0.45359 kg"
    asked = " ".join(asks)
    several = [n for n in defs if _mentions(asked, n) or _mentions(asked, _initials(n))]
    if len(several) > 1 and RATIO.search(asked) is None:
        return _each(several, asked, defs, given, units)
    target = _asked(asked, list(defs), given)
    if target is None:
        return None
    expression = _expand(target, defs, given, units)
    if expression is None and isinstance(target, str) and len(defs) == 1:
        return over_records(target, given, asked, lambda part: _expand(target, defs, part, units))
    if expression is None or (isinstance(target, str) and _other_ask(asks, target, own[target])):
        return None  # "max = 220 − age. … what heart rates is zone 2?": another question
    places = PLACES.search(asked)
    return MathCall("evaluate", expression, places=None if places is None else
                    int(places.group(1)) if places.group(1) else 0)


def _each(names: list[str], asked: str, defs: dict[str, list[str]], given: str,
          units: dict[str, str]) -> MathCall | None:
    """Several definitions asked at once ("IF to 2 dp and TSS to the nearest whole"), each
    worked exactly and rounded as its own part of the question asks."""
    starts = sorted((_where(asked, n), n) for n in names)
    parts: list[tuple[str, str, str]] = []
    for index, (start, name) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(asked)
        expression = _expand(name, defs, given, units)
        if expression is None:
            return None
        try:
            value = exact_value(expression)
        except (ValueError, ZeroDivisionError, OverflowError, RecursionError, SyntaxError):
            return None
        parts.append((name, f"text:{_rounded(value, asked[start:end])}", ""))
    return MathCall("values", encode(*parts))


def _initials(name: str) -> str:
    words = name.split()
    return "".join(w[0] for w in words) if len(words) > 1 else name


def _where(asked: str, name: str) -> int:
    for label in (name, _initials(name)):
        if (m := re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", asked)) is not None:
            return m.start()
    return len(asked)


def _rounded(value: Fraction, asked: str) -> str:
    """The value as the part of the question about it asks: "to 2 dp", "nearest whole"."""
    if (m := PLACES.search(asked)) is not None:
        places = int(m.group(1)) if m.group(1) else 0
    elif value.denominator == 1:
        return str(value.numerator)
    else:
        places = 2
    step = Decimal(1).scaleb(-places)
    shown = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        step, rounding=ROUND_HALF_UP)
    return format(shown, "f")


def _parts(piece: str) -> list[str]:
    """A sentence split at commas that start another definition ("…, TSS = …")."""
    out = re.split(rf",\s*(?=(?:and\s+)?{NAME}\s*(?:\([^()]*\)\s*)?=)", piece)
    return [p.removeprefix("and ").strip() for p in out if p.strip()]


def _algebra(name: str, body: list[str], units: dict[str, str]) -> bool:
    """"y = 5x - 3", "put y = …", "solve f = …": algebra for the maths readers, unless its
    letters are declared with units ("t in °f")."""
    names = [t for t in body if t[0].isalpha()]
    return name.split()[0] in VERBS or (
        len(name.split()[-1]) == 1 and all(len(t) == 1 and t not in units for t in names))


def _name(words: str) -> str | None:
    kept = [w for w in words.split() if w not in FILLER]
    return " ".join(kept) if kept else None


def _tokens(body: str) -> list[str] | None:
    body = WHERE.sub("", ANNOTATION.sub("", body))
    if AGGREGATE.match(body) and not re.search(r"[-+*/×÷−^=]", body):
        return [body.strip()]
    for pattern, symbol in OPERATORS:
        body = pattern.sub(symbol, body)
    tokens = [t.strip() for t in TOKEN.findall(body)]
    if not tokens or any(not (t[0].isalnum() or t in "-+*/^()") for t in tokens):
        return None
    if not any(t in "+-*/^" for t in tokens):
        return None
    return tokens


def _asked(asks: str, names: list[str], given: str) -> str | list[str] | None:
    """The one definition asked about (a pair for "A:B ratio")."""
    if (ratio := RATIO.search(asks)) is not None:
        a, b = (g for g in ratio.groups() if g is not None)
        first, second = _which(a, names, last=True), _which(b, names, last=False)
        if first is not None and second is not None and first != second:
            return [first, second]
        return None
    named = [n for n in names if _mentions(asks, n)]
    if len(named) == 1:
        return named[0]
    return names[0] if len(names) == 1 and not named else None


def _other_ask(asks: list[str], name: str, own: set[str]) -> bool:
    """True when a question asks about something other than ``name`` in words of its own."""
    own = own | set(name.split()) | {_initials(name)}
    for ask in asks:
        if not (QUESTION.search(ask) or PLACES.search(ask)):
            continue
        words = set(re.findall(r"[a-z][a-z']*", NUMBERED.sub(" ", ask)))
        if any(w not in GENERIC and w not in own and unit_of(w) is None for w in words):
            return True
    return False


def _which(words: str, names: list[str], last: bool) -> str | None:
    word = words.split()[-1 if last else 0]
    found = [n for n in names if word in n.split()]
    return found[0] if len(found) == 1 else None


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _expand(target: str | list[str], defs: dict[str, list[str]], given: str,
            units: dict[str, str], depth: int = 0) -> str | None:
    if isinstance(target, list):
        top, bottom = (_expand(t, defs, given, units, depth) for t in target)
        return None if top is None or bottom is None else f"({top}) / ({bottom})"
    if depth > 4:
        return None
    tokens = defs[target]
    if len(tokens) == 1 and (aggregate := AGGREGATE.match(tokens[0])) is not None:
        return _aggregate(aggregate, given)
    out: list[str] = []
    for token in tokens:
        if not token[0].isalpha():
            out.append(token)
            continue
        named = token if token in defs else _initialled(token, defs)
        if named is not None and named != target:
            inner = _expand(named, defs, given, units, depth + 1)
        else:
            inner = _bound(token, given, units)
            if inner is None and 2 <= len(token) <= 3 and token.isalpha():  # "tv": t × v
                letters = [_bound(letter, given, units) for letter in token]
                if None not in letters:  # "tv^0.16" is t × v^0.16
                    out.append("*".join(f"({v})" for v in letters))
                    continue
        if inner is None:
            return None
        out.append(f"({inner})")
    return "".join(out)


def _initialled(token: str, defs: dict[str, list[str]]) -> str | None:
    """The definition whose initials ``token`` is ("if" for "intensity factor")."""
    found = [n for n in defs if len(n.split()) > 1 and "".join(w[0] for w in n.split()) == token]
    return found[0] if len(found) == 1 else None


def _aggregate(found: re.Match[str], given: str) -> str | None:
    lists = LIST.findall(given)
    if len(lists) != 1:
        return None
    values: list[str] = [str(v).strip() for v in str(lists[0]).split(",")]
    if NEWEST_FIRST.search(given):
        values.reverse()
    if found.group("last"):
        return values[-1]
    if found.group("first"):
        return values[0]
    if found.group("mean"):
        return f"({' + '.join(values)}) / {len(values)}"
    if found.group("sum"):
        return " + ".join(values)
    pick = max if found.group("max") else min
    return str(pick(values, key=Fraction))


def _bound(name: str, given: str, units: dict[str, str]) -> str | None:
    """The one number the message labels with ``name``."""
    values: dict[Fraction, str] = {}
    if name in units:  # "(t in °f, v in mph)": the number written in that unit
        for m in re.finditer(rf"(?<![\w.])({NUM})\s*{re.escape(units[name])}(?![a-z])", given):
            values[Fraction(m.group(1))] = m.group(1)
    for label in [] if values else _labels(name, given):
        if values:
            break  # the fullest label that labels a number: "average power" before "power"
        for m in re.finditer(rf"(?<![\w-]){label}(?![\w-])\s*(?:\([^()]*\)\s*)?"
                             rf"(?:[:=]|\bis\b|\bof\b|\bat\b)?\s*({NUM})(?!\d|\.\d)"
                             rf"(?:\s*/\s*(\d+))?", given):
            number = m.group(2) if m.group(2) and "diastolic" in name else m.group(1)
            values[Fraction(number)] = number  # "bp 84/90": systolic 84, diastolic 90
    if not values and name in HOURS_WORDS:
        values = _durations(given)
    if not values and name == "age" and (age := bodydata.age_years(given, loose=True)):
        values = {Fraction(age): str(age)}
    if not values:  # "kg", "height in m", "weight": the one quantity in that unit
        found = bind(name, given, quantities(given, None) or [], set())
        return found if found and re.search(r"\d", found) else None
    return next(iter(values.values())) if len(values) == 1 else None


def _labels(name: str, given: str) -> list[str]:
    words = name.split()
    labels = [re.escape(name)]
    if len(words) > 1:
        labels += [re.escape(w) for w in (words[-1], words[0]) if len(w) > 1]
        labels.append("".join(w[0] for w in words))  # "hr 124" for "heart rate"
    elif 2 <= len(name) <= 4 and name.isalpha():
        initials = r"\s+".join(rf"{c}[a-z]+" for c in name)
        labels += [re.escape(m.group(0)) for m in re.finditer(rf"\b{initials}\b", given)]
    return labels


def _durations(given: str) -> dict[Fraction, str]:
    out: dict[Fraction, str] = {}
    for m in DURATION.finditer(given):
        if m.group(1):
            out[int(m.group(1)) + Fraction(int(m.group(2)), 60)] = f"{m.group(1)} + {m.group(2)}/60"
        elif m.group(4).startswith("m"):
            out[Fraction(m.group(3)) / 60] = f"{m.group(3)}/60"
        else:
            out[Fraction(m.group(3))] = m.group(3)
    return out
