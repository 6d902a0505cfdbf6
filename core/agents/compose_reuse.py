"""A later ask that works on the result before it, in the words people use.

"how much was the coffee? and what would 4 of them cost?", "what's it cost, and what's that
over a year (52 weeks)?", "solve 5x - 24 = 31, then square whatever x comes out to", "times
that by 4", "split it 3 ways", "and 3 of those?": the part is a calculation on the earlier
figure (a reading, a solution, a sum). :func:`reuse_request` writes it the way the maths
reader knows ("4 times that", "that squared"); :func:`reuses_results` makes such a part a
calculation that waits for the part before it.
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_chain import read_once
from core.agents.asks_receipt_money import asks_money
from core.agents.compose_relative import drops_unit, relative_request, steps_on_result
from core.agents.mathtext import parse_math
from core.agents.patterns import ci
from core.agents.plan import Subtask

REF = (r"(?:it|that|this|those|them|these|'em|the\s+(?:result|answer|value|total|amount|price|"
       r"figure|number|share|solution|cost)|whatever\s+(?:\w+\s+){0,3}?(?:comes?\s+out\s+(?:to|as|"
       r"at)|is|you\s+get|we\s+get|turns?\s+out(?:\s+to\s+be)?|works?\s+out\s+(?:to|as)|equals))")
N = r"(\d+(?:\.\d+)?)"
COUNT_OF = ci(rf"(?<![\w.]){N}\s+(?:more\s+)?of\s+(?:them|those|these|it|that|'em|the\s+same)\b|"
              rf"\b(?:if\s+(?:i|we)\s+(?:bought|buy|got|get|ordered|order|need(?:ed)?|take)|"
              rf"(?:cost|price)\s+(?:of|for))\s+{N}\b(?!\s*(?:%|percent|per\s*cent))")
TIMES = ci(rf"\b(?:times|multiply|multiplied)\s+{REF}\s+by\s+{N}|\b{REF}\s+(?:times|x|×|\*|"
           rf"multiplied\s+by)\s+{N}|(?<![\w.]){N}\s+(?:times|x|×|\*)\s+{REF}\b")
SPLIT = ci(rf"\b(?:split|divide|share)\s+{REF}\s+(?:(?:in)?to\s+|by\s+|between\s+|among\s+)?{N}"
           rf"(?:\s+ways)?|\b{REF}\s+(?:divided|split)\s+(?:by|between|among|(?:in)?to)\s+{N}")
POWER = ci(rf"\b(?P<p>square|cube)\s+{REF}|\b{REF}\s+(?P<q>squared|cubed)\b|\b(?:the|its)\s+"
           rf"(?P<r>square|cube)(?!\s+root)(?:\s+of\s+{REF})?\s*\??\s*$")
PERIOD = ci(r"\b(?:over|for|in|across|during|(?:what|how)\s+about)\s+(?:a|one|the)\s+"
            r"(?:whole\s+|full\s+)?(?P<p>year|month|week)\b(?:\s*\(\s*(?P<n>\d+)\s+\w+\s*\))?|\b(?:over|for|in|across)"
            r"\s+(?P<m>\d+)\s+(?:[a-z]+-?[a-z]+\s+)?(?:weeks|months|days|years|visits|times|nights|"
            r"trips|journeys|sessions|shifts|runs|rides|lessons|classes|games|matches|rounds|"
            r"laps|loads|servings|portions|meals|commutes|mornings|evenings|workouts)\b|\b(?P<y>yearly|annually|"
            r"per\s+year|a\s+year|each\s+year|every\s+year)\b")
EVERY = ci(r"\b(?:every|each|per|a)\s+(?P<e>week|month|day)\b|\b(?P<l>weekly|monthly|daily)\b")
IN_A = {("week", "year"): 52, ("month", "year"): 12, ("day", "year"): 365, ("day", "week"): 7,
        ("weekly", "year"): 52, ("monthly", "year"): 12, ("daily", "year"): 365,
        ("daily", "week"): 7}


GAP = ci(rf"\bhow\s+far\s+(?:away\s+)?(?:is\s+)?{N}\s+(?:is\s+)?(?:from|off|away\s+from)\s+{REF}|"
         rf"\b(?:difference|gap|distance)\s+(?:is\s+there\s+)?between\s+{N}\s+and\s+{REF}|"
         rf"\b(?:difference|gap|distance)\s+between\s+{REF}\s+and\s+{N}|\bhow\s+far\s+"
         rf"(?:is\s+)?{REF}\s+(?:is\s+)?(?:from|off)\s+{N}")
ONTO = ci(rf"\badd\s+{REF}\s+(?:on)?to\s+{N}|\badd\s+{N}\s+(?:on)?to\s+{REF}|"
          rf"(?<![\w.]){N}\s+plus\s+{REF}|\b{REF}\s+plus\s+{N}|\b(?:put|stick)\s+{REF}\s+on\s+top\s+of\s+{N}")
TAKEN_FROM = ci(rf"\b(?:take|subtract|deduct)\s+{REF}\s+(?:away\s+)?(?:from|off)\s+{N}|"
                rf"(?<![\w.]){N}\s+minus\s+{REF}")
MULTIPLE = ci(r"^\s*(?:(?:and|then|so|now|also)[\s,]+)*(?:(?:tell|give|show)\s+me\s+|find\s+|"
              r"work\s+out\s+)?what(?:'s|\s+is|\s+would)?\s+(?P<k>\d+(?:\.\d+)?)\s*\*?\s*"
              r"(?P<v>[a-z])(?:\s+(?:is|be|equals?|comes?\s+to|would\s+be))?\s*[?.!]?\s*$")


LATER = ci(rf"\bhow\s+old\s+(?:will|would|is|are|am)\s+(?:he|she|they|i|you|we|it|\w+)\s+"
           rf"(?:be|going\s+to\s+be|turn)\s+in\s+{N}\s+years?\b|\bhow\s+old\s+in\s+{N}\s+years?\b")
EARLIER = ci(rf"\bhow\s+old\s+(?:was|were)\s+(?:he|she|they|i|you|we|it|\w+)\s+{N}\s+years?\s+"
             r"ago\b")


def _related(text: str) -> str | None:
    """A figure put beside the result before it: how far a number is from it, it added onto
    or taken from a number, a multiple of the unknown just solved ("what 3x is")."""
    if (gap := GAP.search(text)) is not None:
        return f"|{_n(_number_of(gap))} - that|"
    if (onto := ONTO.search(text)) is not None:
        return f"{_n(_number_of(onto))} plus that"
    if (taken := TAKEN_FROM.search(text)) is not None:
        return f"{_n(_number_of(taken))} minus that"
    if (times := MULTIPLE.search(text)) is not None:
        return f"{_n(times.group('k'))} times that"
    if (later := LATER.search(text)) is not None:
        return f"that plus {_n(_number_of(later))}"
    if (earlier := EARLIER.search(text)) is not None:
        return f"that minus {_n(_number_of(earlier))}"
    return None


PER_ASK = ci(r"\b(?:how\s+much|what(?:'s|\s+is)?|and|that)\b[^?]*?\b(?:per|a|an|each|every)\s+"
             r"(?P<u>day|night|week|month|year|person|head|hour|trip|visit)\b")


def per_unit(text: str, whole: str) -> str | None:
    """"… for 14 days. how much per day?": the result shared over the count the message
    gives of that unit."""
    asked = PER_ASK.search(text)
    if asked is None:
        return None
    unit = asked.group("u").lower()
    unit = "person|people|head" if unit in ("person", "head") else unit
    count = re.search(rf"(?<![\w.])(\d+)[\s-]+(?:[a-z]+[\s-]+)?(?:{unit})s?\b", whole, re.I)
    if count is None or count.group(1) in ("0", "1"):
        return None
    return f"that divided by {count.group(1)}"


def _n(value: str) -> str:
    return value.rstrip("0").rstrip(".") if "." in value else value


def _number_of(found: re.Match[str]) -> str:
    return next(g for g in found.groups() if g and re.fullmatch(r"\d+(?:\.\d+)?", g))


ASKED = ci(r"\?|^\s*(?:(?:and|then|so|now|also|ok|okay)[\s,]+)*(?:what|how|if|times|multiply|"
           r"add|take|subtract|deduct|put|stick|"
           r"square|cube|split|divide|share|tell|give|work|calculate|find|over|for|in|across)\b")


NEW_FIGURE = "Working out from the result"  # a count or a cost: not in the earlier unit
PRICED = ci(r"^(?!\W*(?:and\s+)?how\s+(?:long|far|fast|many))(?:.*?)\b(?:cost|costs|come\s+to|be|"
            r"pay|charge|price|bill|spend|that|it)\b[^?]*?\bat\s+(?P<c>[$€£]?)(?P<p>\d+(?:\.\d+)?)\s*"
            r"(?:per|a|an|/|each|every)\s*[a-z]")


def priced(text: str) -> str | None:
    """"what does that cost at 0.39 per kWh?", "the cost over 30 days at 0.28 a kWh": the
    earlier amount at that price (over that many days), to the cent."""
    found = PRICED.search(text)
    if found is None:
        return None
    period = PERIOD.search(text)
    count = period.group("m") if period is not None and period.group("m") else ""
    times = f"{_n(count)} times " if count else ""
    return f"{times}{found.group('c')}{_n(found.group('p'))} times that to 2 decimal places"


def reuse_request(request: str, whole: str = "") -> str | None:
    """The calculation a part asks of the result before it, as the maths reader reads it."""
    text = request.strip()
    asked = _reuse(text, whole)
    if asked is None and steps_on_result(text):
        return relative_request(text)  # "what's left of a 400 mg limit?", "… using /18"
    return asked


def reused(text: str) -> bool:
    """The words already name a step on the result ("split it 3 ways", "4 times that")."""
    return _reuse(text.strip(), "") is not None


def _reuse(text: str, whole: str) -> str | None:
    if not ASKED.search(text):
        return None  # "I bought 3 of them yesterday" is said, not asked
    if (cost := priced(text)) is not None:
        return cost
    if (related := _related(text)) is not None:
        return related
    if whole and (shared := per_unit(text, whole.replace(text, " "))) is not None:
        return shared
    if (power := POWER.search(text)) is not None:
        word = (power.group("p") or power.group("q") or power.group("r")).lower()
        return "that squared" if word.startswith("square") else "that cubed"
    if (times := TIMES.search(text)) is not None:
        return f"{_n(_number_of(times))} times that"
    if (split := SPLIT.search(text)) is not None:
        return f"that divided by {_n(_number_of(split))}"
    if (count := COUNT_OF.search(text)) is not None:
        return f"{_n(count.group(1) or count.group(2))} times that"
    if (period := PERIOD.search(text)) is not None and re.search(
            rf"\b{REF}\b|^\s*(?:and\s+)?(?:what|how|over|for|in|across|during)\b", text, re.I):
        if period.group("n") or period.group("m"):
            return f"{period.group('n') or period.group('m')} times that"
        span = (period.group("p") or "year").lower()
        every = EVERY.search(whole or text)
        if every is not None:
            unit = (every.group("e") or every.group("l")).lower()
            if (factor := IN_A.get((unit, span))) is not None:
                return f"{factor} times that"
    return None


def _money(task: Subtask) -> bool:
    """A conversion between currencies."""
    from core.agents.quantities import parse_conversion

    ask = parse_conversion(task.request)
    return ask is not None and ask.source.dim == "currency"


def _needs_rewrite(task: Subtask, sources: list[Subtask] | None = None) -> bool:
    if sources and task.agent == "health" and sources[-1].agent == "units" and \
            not task.depends_on and PER_ASK.search(task.request) and _money(sources[-1]):
        return True  # "… £600 for 14 days. in euros, and how much per day?": of the euros
    if task.agent not in ("math", "vision", "chat"):
        return False
    if task.agent != "math":
        return True
    expression = parse_math(task.request, previous=True).expression
    return expression.count("ANS") != 1 or not task.depends_on


def _spread_over(task: Subtask) -> bool:
    """"how much is that over 7 nights?" read as a division: over N nights is N times it."""
    found = PERIOD.search(task.request)
    return task.agent == "math" and found is not None and found.group("m") is not None and \
        re.search(r"ANS\s*\)?\s*/", parse_math(task.request, previous=True).expression) is not None


def reuses_results(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """Each part after the first that works on the result before it is that calculation,
    waiting for the nearest earlier part that gives a figure."""
    out: list[Subtask] = []
    for task in _steps_apart(subtasks, text):
        sources = [t for t in out if t.agent in ("math", "vision", "data", "units", "health")]
        asked = reuse_request(task.request, text) if sources and (
            _needs_rewrite(task, sources) or _spread_over(task)) else None
        if asked is None or (task.agent == "math" and not task.depends_on and re.search(
                r"\d\s*[-+*/^]\s*\d", task.request)):
            out.append(task)
            continue
        source = task.depends_on[0] if task.depends_on else sources[-1].id
        relative = steps_on_result(task.request)  # keeps its unit unless it drops it
        label = NEW_FIGURE if (asked.endswith("to 2 decimal places") and not relative) or \
            drops_unit(task.request) else "Working it out"
        out.append(Subtask(task.id, "math", asked, (source,), label=label))
    return out


def _steps_apart(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"what's the dearest thing here and what would 3 of them cost": a step on the figure
    asked in the same part is a part of its own."""
    from core.agents.clauses import pieces

    out: list[Subtask] = []
    for task in subtasks:
        cut = pieces(task.request) if task.agent in ("vision", "data", "math", "units") else []
        if task.agent == "vision" and (asks_money(task.request) or read_once(task.request)):
            cut = []  # "the same every weekday, over 4 weeks": worked from the receipt's facts
        if task.agent == "units" and (len(cut) < 2 or per_unit(cut[-1][1], text) is None):
            cut = []  # a conversion cut only where its result is shared per day, per person
        if task.agent == "math" and (len(cut) < 2 or _related(cut[-1][1]) is None or (
                re.search(r"\bx\b", cut[-1][1]) is not None and "=" in cut[-1][1])):
            cut = []  # a calculation cut only where a figure is put beside its result
        if len(cut) < 2 or reuse_request(cut[-1][1], text) is None or (re.search(
                r"\d", cut[-1][1]) is None and POWER.search(cut[-1][1]) is None and
                per_unit(cut[-1][1], text) is None):
            out.append(task)
            continue
        head = "".join(sep + piece for sep, piece in cut[:-1]).strip()
        out.append(Subtask(task.id, task.agent, head, task.depends_on, task.label))
        out.append(Subtask(f"{task.id}s", "chat", cut[-1][1].strip()))
    return out


FROM_TO = ci(r"\bfrom\s+[$€£]?(?P<a>\d+(?:\.\d+)?)\s*(?:[a-z%°]+\s+)?(?:to|up\s+to|down\s+to)\s+"
             r"[$€£]?(?P<b>\d+(?:\.\d+)?)")
AGAIN = ci(r"\b(?:by\s+)?the\s+same\s+(?P<k>%|percent(?:age)?|rate|proportion|factor|amount|"
           r"increase|rise|drop|fall|decrease|change|jump|growth)(?!\w)[^.?!]*?\bagain\b|\bagain\s+by"
           r"\s+the\s+same\s+(?P<j>%|percent(?:age)?|rate|proportion|factor|amount|increase|"
           r"rise|drop|fall|decrease|change|jump|growth)(?!\w)")


def same_change_again(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"price went from 177 to 213 … if it goes up by the same % again what will it be?": the
    change from the first figure to the second, applied once more to the second."""
    found, again = FROM_TO.search(text), AGAIN.search(text)
    if found is None or again is None or any(t.agent == "math" and "again" in t.request
                                             for t in subtasks):
        return subtasks
    a, b = found.group("a"), found.group("b")
    kind = (again.group("k") or again.group("j")).lower()
    relative = kind in ("%", "percent", "percentage", "rate", "proportion", "factor", "growth")
    if float(a) == 0 and relative:
        return subtasks
    request = f"{b} * ({b} / {a}) to 2 decimal places" if relative else f"{b} + ({b} - {a})"
    return [*subtasks, Subtask(f"a{len(subtasks) + 1}", "math", request,
                               label="The same change again")]
