"""What one clause asks for, decided by the parsers themselves.

A clause goes to a tool agent only when that agent's parser finds something to do in it:
a calculation that is plainly asked for (:mod:`core.agents.mathtext`), a quantity with a
target unit (:mod:`core.agents.quantities`), a health calculation, numbers to analyse or
a function to plot. When none does, the planner compares the clause with the example
requests below (MiniLM cosine similarity). Adding an agent is adding entries here.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core.agents import bodydata
from core.agents.data_cues import asks_of_listed
from core.agents.intents_stats import no_summary
from core.agents.mathstats import told_stats
from core.agents.mathtext import find_math
from core.agents.prices import RATE
from core.agents.quantities import parse_conversion, target_units
from core.agents.wording import expand
from core.agents.wordproblems import word_problem
from core.agents.words_reckon import needs_weight, reckon
from core.tools.data import numbers_in
from core.tools.unitnames import CURRENCY

PLOT = re.compile(r"\b(?:plot|graph|draw|chart|sketch)\s+(?:me\s+)?(?:the\s+)?(?:function\s+|"
                  r"graph\s+of\s+|curve\s+)?(?:y\s*=|f\(x\)\s*=|[^.?]*?(?:[-+*/^(]\s*x(?![a-z])|"
                  r"(?<![a-z])x\s*(?:[-+*/^)]|\*\*)))", re.I)
STATS = re.compile(r"\b(average|avg|median|standard\s+deviation|std\.?\s*dev|stdev|variance|"
                   r"statistics|stats|correlat\w*|trends?|trending|"
                   r"how\s+(?:strongly|closely)\s+(?:are\s+)?(?:\w+\s+){0,4}(?:related|linked|"
                   r"connected))\b|(?<!\bi\s)(?<!\byou\s)(?<!\bdoes\s)"
                   r"(?<!\bdo\s)\bmean\b(?!\s+(?:by|that|it|to)\b)", re.I)
SHOW = re.compile(r"\b(plot|graph|chart|visuali[sz]e|analy[sz]e|analysis|summary|"
                  r"summari[sz]e|distribution|range|(?<!\d)(?<!\d\s)min(?:imum)?|max(?:imum)?|largest|smallest|"
                  r"highest|lowest|hottest|coldest|warmest|coolest|peak|mode|longest|shortest|fastest|"
                  r"slowest|cheapest|priciest|dearest|"
                  r"most\s+common)\b", re.I)
VISION = re.compile(r"\b(receipt|bill|invoice|sign|screenshot|image|photo|picture|pic|scan|"
                    r"this|here|it say|written|the text|read|total|shop|store|date|says?)\b",
                    re.I)
# "have they been climbing or dropping?": a direction asked about listed numbers
TREND = re.compile(r"\b(?:climb\w*|ris(?:e|es|ing)|grow\w*|fall\w*|drop\w*|shrink\w*|"
                   r"declin\w*|increas\w*|decreas\w*|going\s+(?:up|down)|gone\s+(?:up|down)|"
                   r"went\s+(?:up|down)|up\s+or\s+down|direction)\b[^.!]*\?|\b(?:are|is|have|has|"
                   r"did|do|does)\b[^.!?]*\b(?:climb\w*|ris(?:e|es|ing)|grow\w*|fall\w*|drop\w*|"
                   r"shrink\w*|declin\w*|increas\w*|decreas\w*|going\s+(?:up|down))\b|"
                   r"\bwhich\s+(?:way|direction)\b[^.!?]*\b(?:head\w*|going|goes|mov\w*|"
                   r"trend\w*|point\w*)\b", re.I)
DOSE_FOLLOW = re.compile(r"\b(?:when|what\s+times?)\b[^.!?]*\b(?:next\s+(?:ones?|doses?|pills?|"
                         r"tablets?|capsules?)|doses?|pills|tablets|capsules|take\s+(?:it|them|"
                         r"the\s+(?:pills?|tablets?|capsules?|medicine)))\b", re.I)
MEMORY = re.compile(r"\b(do you remember|what did i (tell|say)|remind me what|"
                    r"what do you know about me|my favou?rite)\b", re.I)
PLOT_BACK = re.compile(r"\b(?:plot|graph|draw|sketch|chart|visuali[sz]e)\b(?:\s+(?:me|out|up))?\s+"
                       r"(?:it|its|that|this|them|the\s+(?:function|curve|expression|equation|"
                       r"parabola|polynomial|line|result))\b|\b(?:its|the|a)\s+(?:graph|plot)\b"
                       r"(?!\s+of\b)|\bgraph\s+it\b", re.I)
# "my average over 5 tests is 63": an average told, not numbers to analyse
STATED_AVERAGE = re.compile(r"\b(?:average|mean|avg)\s+(?:\w+\s+)?(?:over|across|of|for|after|"
                            r"from|on|in)\s+(?:my\s+|the\s+)?(?:first\s+|last\s+)?\d+\s+[a-z]+\s+"
                            r"(?:is|was|=|:|of|sits|stands)\b|\b(?:after|over|across)\s+(?:my\s+|the\s+)?"
                            r"\d+\s+[a-z]+,?\s+(?:my|the|an?)\s+(?:average|mean)\s+(?:is|was|of)\b|"
                            r"\baverag(?:ed|ing|e)(?:\s+of)?\s+\d+(?:\.\d+)?%?\s+(?:over|across|on|in|after|"
                            r"from)\s+\d+\s+[a-z]+",
                            re.I)
UNIT_RATE = re.compile(r"\d\s*/\s*(?:hr|hrs|hour|h|day|wk|week|mo|month|yr|year|kg|lb|km|mi|mile|"
                       r"person|head|unit|item|night|share|pack|box|m2|sqm|sq\s*ft)\b", re.I)
ASKS_AMOUNT = re.compile(r"\b(total|how much|amount|owe|spent|spend|sum|pay|paid|cost|price|"
                         r"bill)\b", re.I)

EXAMPLES: dict[str, tuple[str, ...]] = {
    "math": ("what is 17 times 23", "solve 2x + 3 = 11", "find the roots of x^2 - 4",
             "differentiate x^3", "integrate sin(x) from 0 to pi", "what's 15% of 80",
             "work out 144 / 12", "simplify (x^2-1)/(x-1)", "find x if 3x - 5 = 10"),
    "data": ("here are my readings 3 5 7 9, what's the trend", "average of these numbers",
             "analyse this csv", "are these two series correlated", "plot these values",
             "summarise my weekly step counts"),
    "units": ("convert 5 km to miles", "how many ounces in a pound", "72 F in celsius",
              "what is 3 feet in centimetres", "how much is 20 dollars in euros"),
    "health": ("what's my bmi if I weigh 70 kg and I'm 175 cm", "how much water should I drink",
               "heart rate zones for a 40 year old", "when do I take my next pill",
               "calories I burn at rest", "am I a healthy weight for my height"),
    "vision": ("what does this sign say", "read the text in this picture",
               "how much did I pay according to this receipt", "what's in the screenshot"),
    "memory": ("what did I tell you about my sister", "do you remember my birthday"),
    "chat": ("hello how are you", "tell me a joke", "what do you think about that",
             "thanks!", "write a short poem about autumn", "summarise our chat",
             "who are you", "good morning", "what should I cook tonight",
             "I have two cats, any name ideas?", "what happened in 1969"),
}


@dataclass(frozen=True, slots=True)
class Intent:
    agent: str
    complete: bool  # enough to run on its own
    backref: bool = False  # works on the previous part's result
    image_amount: bool = False  # converts an amount read from the attached image
    equation: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    images: int = 0
    has_csv: bool = False
    memory: bool = False


CHAT = Intent("chat", False)
log = logging.getLogger("muse.agents.plan")
MAX_READ = 4000


def classify(clause: str, context: Context = Context(), previous: bool = False,
             after: str = "") -> Intent:
    """The agent a clause needs by the rules, or chat. ``previous``: a part comes before
    this one; ``after``: that part's agent. Only the start of a very long clause is read (a
    huge expression still goes to math, whose tools refuse it). A reader that fails on odd
    input ("… per 0 km") leaves the clause to chat rather than the whole message unanswered."""
    try:
        return _by_rules(clause, context, previous, after)
    except (ArithmeticError, ValueError, IndexError, KeyError, RecursionError) as exc:
        log.warning("intent rules failed on a clause of %d chars: %s", len(clause),
                    type(exc).__name__)
        return CHAT


def _by_rules(clause: str, context: Context, previous: bool, after: str) -> Intent:
    text = expand(clause[:MAX_READ])
    if health := _health(text, previous, after):
        return health
    if (worded := word_problem(text.lower())) is not None and not _cut_quantity(
            worded.expression, text):
        return Intent("math", True)
    if PLOT.search(text):
        return Intent("data", True)
    if previous and after in ("math", "") and PLOT_BACK.search(text) and not numbers_in(text):
        return Intent("data", True, backref=True)
    if TREND.search(text) and find_math(text, previous) is None and not no_summary(text):
        if len(numbers_in(text)) >= 4:
            return Intent("data", True)
        if previous and after == "data" and not numbers_in(text):
            return Intent("data", False)  # "… which way is it heading?" on the numbers before
    if asks_of_listed(text):  # "what % were over 55?" of figures listed in the message
        return Intent("data", True)
    if STATS.search(text) and not context.has_csv and told_stats(text.lower()) is not None:
        return Intent("math", True)  # "85 with a mean of 70 and an sd of 10, z-score?": told
    if (STATS.search(text) or SHOW.search(text)) and not STATED_AVERAGE.search(text) and \
            not no_summary(text):  # "my average speed over 6.3 km": worked out, not summarised
        count = len(numbers_in(text))
        need = 2 if STATS.search(text) else 3
        if context.has_csv or count >= need:
            return Intent("data", True)
        if STATS.search(text) and not count:
            return Intent("data", False)
    if RATE.search(text) and (rate := find_math(text, previous)) is not None and rate.money:
        return Intent("math", True)  # "120 a month, how much per year?": money, not time
    if parse_conversion(text) is not None:
        return Intent("units", True)
    targets = target_units(text, bare=after == "units")
    if targets and context.images and any(u.dim == CURRENCY for m in targets for u in m.units):
        return Intent("units", True, image_amount=True)
    if targets and previous:
        return Intent("units", True, backref=True)
    call = find_math(clause if len(clause) > MAX_READ else text, previous)
    if call is not None and (_unit_letters(call.expression, text) or _word_read(
            call.expression, text) or _cut_quantity(call.expression, text)):
        call = None  # "at $32.70/hr": a rate told, not a division by h times r
    if call is not None:
        return Intent("math", True, backref=call.uses_previous,
                      equation=call.operation == "solve" and "=" in call.expression)
    if context.images and (VISION.search(text) or "?" in text):
        return Intent("vision", True)
    if previous and after == "health" and not numbers_in(text) and ASKS_AMOUNT.search(text):
        return Intent("health", False)  # "… what did I pay?" after a price worked out: one ask
    if MEMORY.search(text) and context.memory:
        return Intent("memory", True)
    return CHAT


COMPOUND = re.compile(r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|feet|foot|ft|pounds?|"
                      r"lbs?|stones?|st)\s*(?:and\s+)?(\d+(?:\.\d+)?)\s*(?:minutes?|mins?|m|"
                      r"seconds?|secs?|s|inch(?:es)?|in|ounces?|oz|pounds?|lbs?)\b", re.I)


def _cut_quantity(expression: str, text: str) -> bool:
    """A worked sum that leaves out the second half of one quantity ("438 km in 3 hours 15
    minutes" read as 438 / 3) is a misreading: the clause is left to the other readers."""
    return any(not re.search(rf"(?<![\d.]){re.escape(m.group(1))}(?![\d.])", expression)
               for m in COMPOUND.finditer(text))


def _unit_letters(expression: str, text: str) -> bool:
    """Letters in a plain expression that are only a rate's unit written after a slash."""
    if "=" in expression or not re.search(r"[a-z]", expression):
        return False
    return UNIT_RATE.search(text) is not None and not re.search(
        r"\b(?:solve|simplify|expand|factori[sz]e|differentiate|integrate|derivative|x|y)\b",
        text, re.I)


ALGEBRA = re.compile(r"\b(?:solve|simplify|expand|factori[sz]e|differentiate|integrate|derivative|"
                     r"evaluate|[xyzn])\b|=", re.I)
FRACTION_ASKED = re.compile(r"\?|\b(?:how|what|which|find|work\s+out|calculate|tell\s+me|give\s+me|"
                            r"compute|convert|express|write|simplify|reduce|as\s+an?|in\s+lowest|"
                            r"decimal|percent\w*|plus|minus|times|of)\b|\d\s*/\s*\d", re.I)
WORD_FRACTION = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b(?![^.?!]*\b(?:"
                           r"divided|over|by)\b)", re.I)
FUNCTIONS = frozenset(("sin", "cos", "tan", "log", "ln", "exp", "sqrt", "abs", "gcd", "lcm", "pi",
                       "mod", "floor", "ceiling", "ceil", "factorial", "binomial", "asin", "acos",
                       "atan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "oo", "re", "im", "max",
                       "min", "round", "sum", "diff", "integrate", "limit", "solve", "det"))


def _word_read(expression: str, text: str) -> bool:
    """A statement's word read as maths: "tax" as a product of t, a and x, or "half price" in
    a sentence that asks nothing as the fraction 1/2. Labelled answers ("quarters|17|") are
    the maths readers' own and stay."""
    if "|" in expression:
        return False
    if not ALGEBRA.search(text):
        words = set(re.findall(r"[a-z]{2,}", text.lower()))
        spelled = {"".join(sorted(w)) for w in words}
        tokens = re.findall(r"[a-z]+", expression.lower())
        singles = "".join(sorted(t for t in tokens if len(t) == 1))
        longer = [t for t in tokens if len(t) > 1]
        if longer and all(t in words and t not in FUNCTIONS for t in longer) and not singles:
            return True
        if singles and not longer and singles in spelled:
            return True
    return re.fullmatch(r"[\s(]*\d+\s*/\s*\d+[\s)]*", expression) is not None and \
        WORD_FRACTION.search(text) is not None and FRACTION_ASKED.search(text) is None


def _health(text: str, previous: bool = False, after: str = "") -> Intent | None:
    if reckon(text) is not None:
        return Intent("health", True)  # a dose, a supply, a walk or a recipe worked out
    if needs_weight(text):  # complete: a weight converted just before is added to it
        return Intent("health", True)
    if previous and after == "health" and DOSE_FOLLOW.search(text) and not numbers_in(text):
        return Intent("health", False)  # "… every 8 hours from 10pm, when are the next ones?"
    ask = bodydata.health_ask(text)
    if ask is None:
        return None
    weight, height = bodydata.weight_kg(text), bodydata.height_cm(text)
    age, sex = bodydata.age_years(text, loose=ask in ("bmr", "heart")), bodydata.sex_of(text)
    needs = {"bmi": (weight, height) if weight is not None else (height,),
             "bmr": (weight, height, age, sex), "water": (weight,), "heart": (age,), "dose": (),
             "dose_total": (bodydata.dose_amount(text),)}
    return Intent("health", all(v is not None for v in needs[ask]))


def rule_intent(clause: str) -> str | None:
    """The tool agent a clause needs by the rules alone (no attachments), or None."""
    intent = classify(clause)
    return None if intent.agent in ("chat", "memory") or not intent.complete else intent.agent


def split_clauses(text: str) -> list[str]:
    from core.agents.clauses import plain

    return plain(text)
