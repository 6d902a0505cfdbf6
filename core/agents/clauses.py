"""A request → its parts, each planned by the same rules.

The text is cut at every place a new part could start (";", sentence ends, commas, "and",
"then", "also", "as well as"). Neighbouring pieces are then joined again unless both can
stand alone: "calculate 3+4 and 5*6" is two calculations, "add 3 and 4" or "average of 3,
5 and 7" is one, and "I'm 170 cm and 80 kg. What's my BMI?" gathers into one health ask.
A piece that only makes sense with the previous result ("and what is it in euros?",
"then add 5") is its own part and depends on the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.agents.clauses_apart import lost_to_chat, new_question
from core.agents.clauses_carry import carried
from core.agents.clauses_inline import inline_list
from core.agents.clauses_list import listed, listed_parts
from core.agents.clauses_named import named_written_out
from core.agents.clauses_whole import brackets_whole, lists_whole, rounding_kept
from core.agents.compose_relative import FIGURES, ROUNDING, steps_on_result
from core.agents.data_fit import FIT, PREDICT
from core.agents.everyday import QUESTION
from core.agents.intents import CHAT, Context, Intent, classify

MAX_PIECES = 24
TOOLS = ("math", "units", "health", "data", "vision")
CUT = re.compile(r"(\s*(?:;|\n+|(?<=[.?])\s+(?=\S)|(?<=!)\s+(?=[A-Z])|"
                 r",\s*(?:and\s+then|and\s+also|and|then|also|plus)?\s+|"
                 r"\s+(?:and\s+then|and\s+also|and|then|also|as\s+well\s+as)\s+))",
                 re.IGNORECASE)
NUMBERED = re.compile(r"^(?:[^\d()=]{0,60}?[\s:,-])?\s*\(?1\)\s+")  # "1) 15% of 80 2) 10 km …",
# "can you tell me 1) 48 kg in pounds 2) …"
ENUMERATOR = re.compile(r"[,;.]?\s+\(?[2-9]\)\s+")
LETTERED = re.compile(r"^\s*\(?a\)\s+", re.I)  # "a) 30% of 150 b) 150 in binary"
LETTER = re.compile(r"[,;.]?\s+\(?[b-h]\)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Part:
    text: str
    intent: Intent
    request: str  # what the agent is given (a health ask may carry earlier details)


def _asks_alone(items: list[str], context: Context) -> bool:
    """A list of asks, not of facts: two or more of its lines are asks of their own."""
    asks = 0
    for item in items:
        intent = classify(item, context)
        asks += intent.complete and intent.agent != "chat"
    return asks >= 2


def pieces(text: str) -> list[tuple[str, str]]:
    """(separator before, piece) pairs; the first separator is empty."""
    if len(text) > 4000:
        return [("", text)]
    if NUMBERED.match(text):
        text = ENUMERATOR.sub("; ", NUMBERED.sub("", text))
    elif LETTERED.match(text):
        text = LETTER.sub("; ", LETTERED.sub("", text))
    chunks = CUT.split(text)
    out = [("", chunks[0])]
    for index in range(1, len(chunks) - 1, 2):
        out.append((chunks[index], chunks[index + 1]))
    out = rounding_kept(lists_whole(brackets_whole(out)))
    cleaned = [(sep, piece) for sep, piece in out if piece.strip(" ,.")]
    if len(cleaned) > MAX_PIECES:
        return [("", text)]
    return cleaned


SUPPOSE = re.compile(r"^(?:if|say|suppose|assuming)\s+(?:that|it|this)\s+(?:were|was|is|are)\s+"
                     r"(?:in\s+)?[a-z]+\s*$", re.I)


def _forward(cut: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"if that were minutes" belongs to the ask after it ("…, how many hours is it?")."""
    out: list[tuple[str, str]] = []
    index = 0
    while index < len(cut):
        separator, piece = cut[index]
        if index and index + 1 < len(cut) and SUPPOSE.match(piece.strip()):
            following = cut[index + 1]
            out.append((separator, f"{piece.strip()}{following[0].rstrip()} {following[1]}"))
            index += 2
            continue
        out.append((separator, piece))
        index += 1
    return out


OPERATOR_START = re.compile(r"^(?:(?:and|then|also|now|so)\s+)*(?:plus|minus|times|add|subtract|"
                            r"take|divide|multiply|less|double|halve|square(?!\s+root)|cube(?!\s+root)|round|"
                            r"increase|decrease|raise|lower|split|convert|in|to|into|as|"
                            r"with|without|per|over|by)\b", re.I)
REFERS = re.compile(r"\b(?:it|its|that|this|those|them|result|answer|total|same)\b", re.I)
HOW_BIG = re.compile(r"^(?:(?:and|so|also|then)\s+)*how\s+(?:big|large|huge|much)\s+(?:is|are|"
                     r"would\s+be|will\s+be)\s+(?P<rest>.+?)\s*\??$", re.I)


def _classify(piece: str, context: Context, previous: bool = False, after: str = "") -> Intent:
    """The piece's intent; a piece that names its own numbers and function ("; and the square
    root of 1521") stands alone even after another part."""
    intent = classify(piece, context, previous=previous, after=after)
    if intent.backref and intent.agent == "math" and not OPERATOR_START.search(piece) and \
            not REFERS.search(piece):
        alone = classify(piece, context)
        if alone.complete and alone.agent == "math" and not alone.backref:
            return alone
    return intent


GIVE = re.compile(r"^(?:(?:and|then|now|so|also)\s+)*(?:give|state|write\s+down|report|"
                  r"say|list)\s+(?:me\s+|us\s+)?(?:the\s+value\s+of\s+)?(?P<rest>[^?]*?\d?"
                  r"[a-z]\s*[-+*/^]\s*[\w(][^?]*?)\s*[?.!]?$", re.I)


def _reword(cut: list[tuple[str, str]], context: Context) -> list[tuple[str, str]]:
    """"how big is 12!" asks for a value: it is read as "what is 12!?"; so is "then give
    x + y" after a solution."""
    out = []
    for separator, piece in cut:
        given = GIVE.match(piece.strip())
        if given and classify(piece, context).agent == "chat":
            piece = f"what is {given.group('rest')}?"
        big = HOW_BIG.match(piece.strip())
        if big and re.search(r"\d", big.group("rest")) and classify(piece, context).agent == "chat":
            asked = f"what is {big.group('rest')}?"
            intent = classify(asked, context)
            if intent.complete and intent.agent == "math":
                piece = asked
        out.append((separator, piece))
    return out


def split(text: str, context: Context) -> list[Part]:
    text = named_written_out(text)
    text = inline_list(text) or text  # "for f(x) = …: 1. its slope at 2 2. its integral …"
    if (asked := listed(text)) is not None and (asked[0] or _asks_alone(asked[1], context)):
        return listed_parts(*asked, context, text, split, _classify)
    cut = _reword(_forward(pieces(text)), context)
    if not cut:
        return []
    parts: list[Part] = []
    current = cut[0][1].strip()
    intent = _classify(current, context)
    for index, (separator, piece) in enumerate(cut[1:], start=1):
        piece = piece.strip()
        before = intent.agent if intent.complete else (parts[-1].intent.agent if parts else "")
        following = _classify(piece, context, previous=bool(parts) or intent.complete,
                             after=before)
        if before in TOOLS and (not following.complete or (
                following.agent == "math" and not following.backref)) and \
                _step_on(piece):  # "… and what's left of a 400 mg limit?": on that
            following = Intent("math", True, backref=True)
        if not _one_fit(intent, current, piece) and (_separate(
                intent, following, current, piece) or _completes_later(
                intent, following, cut[index:], context) or new_question(
                    intent, current, cut[index:], context)):
            parts.append(Part(current, intent, current))
            if (value := _value_of(current, piece)) is not None:
                parts.append(Part(piece, following, value))
                current, intent = "", CHAT
                continue
            current, intent = piece, following
            continue
        if (borrowed := _borrow(intent, following, current, piece, context)) is not None or (
                borrowed := carried(intent, current, piece, context)) is not None:
            parts.append(Part(current, intent, current))
            parts.append(borrowed)
            current, intent = "", CHAT
            continue
        joined = f"{current}{separator.rstrip()} {piece}" if separator.strip() else (
            f"{current} {piece}")
        joined_intent = _classify(joined.strip(), context, previous=bool(parts),
                                  after=parts[-1].intent.agent if parts else "")
        if lost_to_chat(intent, joined_intent):
            parts.append(Part(current, intent, current))
            current, intent = piece, following
            continue
        if _kept_apart(intent, joined_intent, current) or _asked_alone(
                intent, joined_intent, current, piece):
            parts.append(Part(current, intent, current))  # "convert 10 miles to km and then
            # tell me how long at 12 km/h": the conversion is answered too
        current, intent = joined.strip(), joined_intent
    if current:
        parts.append(Part(current, intent, current))
    return _rates_worked(_gather_health(parts))


RATE_ASKED = re.compile(r"\b(?:per|a|an|each|every)\s+(?:week|day|month|year|hour|minute|min|"
                        r"km|kilometre|kilometer|mile|mi|lap|length|night|person)\b|"
                        r"\b(?:pace|speed|rate|average)\b", re.I)


def _rates_worked(parts: list[Part]) -> list[Part]:
    """"gained 20 lb over 11 weeks. kg? grams per week?", "ran 10 km in 97 min. in miles?
    and my pace per mile?": a rate asked after a conversion is no conversion of its result;
    it is worked out from the statement the message starts with."""
    if len(parts) < 2:
        return parts
    statement = re.match(r"[^.?!]*\d[^.?!]*[.!](?=\s)", parts[0].text)
    if statement is None:
        return parts
    out = list(parts)
    for index, part in enumerate(parts[1:], start=1):
        if part.intent.agent != "units" or not part.intent.backref or re.search(
                r"\d", part.text) or not RATE_ASKED.search(part.text):
            continue
        request = f"{statement.group(0)} {part.text.strip()}"
        if _worked(request):
            out[index] = Part(part.text, Intent("health", True), request)
    return out


FUNCTION = re.compile(r"\b(?:y|[a-z]\(\s*x\s*\))\s*=\s*([-+*/^().\w ]+?)\s*(?=[:;?,]|$|"
                      r"\b(?:for|and|where|when|what|then|please)\b)", re.I)


def _kept_apart(first: Intent, joined: Intent, first_text: str) -> bool:
    """A complete conversion that the next words turn into a different ask is an ask of its
    own: its answer must not be dropped."""
    return first.complete and first.agent == "units" and not first.backref and \
        joined.complete and joined.agent not in ("units", "chat") and bool(
            re.match(r"\s*(?:please\s+)?(?:convert|change|turn)\b", first_text, re.I))


def _step_on(piece: str) -> bool:
    """A step on the result before it that names one figure: what's left of a limit, a share
    of a budget, a price per unit of it ("then pay at 15.00 an hour")."""
    from core.agents.compose_reuse import priced, reuse_request, reused

    if reused(piece) and priced(piece) is None:
        return False  # "then share that 4 ways": read as a step where it is joined
    return steps_on_result(piece) or (priced(piece) is not None and reuse_request(
        piece) is not None and len(FIGURES.findall(ROUNDING.sub(" ", piece))) == 1)


ASKED_ALONE = re.compile(r"\?\s*$|^\s*(?:please\s+)?(?:convert|change|turn)\b", re.I)
THEN_STEP = re.compile(r"^\s*(?:(?:and|so|also)\s+)?(?:then|after\s+that|next|at|with|from|"
                       r"using|that|it)\b(?![^?]*\b(?:if|instead|were)\b)", re.I)
WORKED = ("units", "health", "math")
ALONE = ("units", "health")  # a calculation carried on is read as a step on its result


def _asked_alone(first: Intent, joined: Intent, first_text: str, piece: str) -> bool:
    """A quantity asked on its own ("hours worked?", "convert 70 °F to °C") that the next
    words carry on from ("then pay at 15 an hour", "and then that to kelvin"): the joined ask
    is worked to its end, and the quantity asked first is answered too, not only the last."""
    return first.complete and not first.backref and first.agent in ALONE and \
        joined.complete and joined.agent in WORKED and bool(ASKED_ALONE.search(
            first_text)) and bool(THEN_STEP.match(piece)) and len(first_text) >= 12


VALUE_AT = re.compile(r"\b(?:value|values|its|it|equals?|evaluate|worth|height|output)\b[^.?]*?"
                      r"\b(?:at|when|for|if|where)\s+x\s*(?:=|\bis\b|\bequals\b)\s*(?P<x>(?:-?\d|-?pi\b|"
                      r"-?\(|e\b)[-+*/^().\w ]*?)\s*(?:[?.!,;]|$)", re.I)


def _value_of(first_text: str, second_text: str) -> str | None:
    """"draw y = 2x + 3, and what's y when x = 4?": the value of the function stated
    before."""
    from core.agents.compose_plot import curve_only

    function = FUNCTION.search(first_text)
    if function is None or not (re.search(r"\by\b.*\bx\s*(?:=|\bis\b)\s*-?\d", second_text) or
                                VALUE_AT.search(second_text)) or FUNCTION.search(second_text):
        return None
    curve = curve_only(function.group(1).strip())
    if (at := VALUE_AT.search(second_text)) is not None:  # "its value at x = pi/6"
        return f"what's y when x = {at.group('x').strip()} for y = {curve}"
    return f"{second_text.rstrip(' ?.')} for y = {curve}"


def _borrow(first: Intent, second: Intent, first_text: str, second_text: str,
            context: Context) -> Part | None:
    """An operation asked without its function after a part that states one ("for y =
    x^2 + 9x + 20: where is y zero, and what's dy/dx?") is a part of its own on that
    function."""
    if first.agent in ("chat", "") or not first.complete or second.complete:
        return None
    statement = re.match(r"[^.?!]*\d[^.?!]*[.!](?=\s)", first_text)
    if statement is not None and not re.search(r"\d", second_text) and not QUESTION.search(
            statement.group(0)):  # "did 12 km in 72 minutes. in miles? and my speed?"
        request = f"{statement.group(0)} {second_text}"
        borrowed = classify(request, context)
        if borrowed.complete and borrowed.agent != first.agent and (
                borrowed.agent == "math" or (borrowed.agent == "health" and _worked(request))):
            return Part(second_text, borrowed, request)
    if first.agent != "math" or re.search(r"\b(?:their|them|those|these|both)\b", second_text,
                                          re.I):
        return None  # "roots? their product?": of the roots found, not of the function
    function = FUNCTION.search(first_text)
    if function is None or re.search(r"\d|=", second_text) or not re.search(
            r"[a-z]{2}", first_text[function.end():]):
        return None  # "f(x) = x^2, find f'(x)": the first part only states the function
    request = f"{second_text.rstrip(' ?.')} of y = {function.group(1).strip()}"
    borrowed = classify(request, context)
    if borrowed.agent != "math" or not borrowed.complete:
        return None
    return Part(second_text, borrowed, request)


def _worked(request: str) -> bool:
    """A quantity the word reckoner works out from the statement ("did 12 km in 72
    minutes. my speed?"), not a health calculation that needs the body details."""
    from core.agents.words_reckon import reckon

    return reckon(request) is not None


SIDE_ASK = re.compile(r"^(?:(?:and|also|plus|but|oh|btw|by\s+the\s+way|then|one\s+more\s+thing|"
                      r"unrelated|separately|on\s+another\s+note)\b[,:\s]*)*(?:(?:who|what|"
                      r"what's|whats|where|when|why|which|how|is|are|was|were|can|could|do|does|"
                      r"did|should|would|will)\b[^?]*\?+|(?:tell\s+me\s+(?:a|an|about|who|what|where|when|"
                      r"why|which|how)|write\s+"
                      r"(?:me\s+)?(?:a|an)|recommend|suggest|explain)\b.*)$", re.I)
NOT_TOPIC = frozenset("""the and also plus but what what's whats who where when why which how
is are was were can could does did should would will tell about write explain recommend
suggest for with from into you your me my mine i i'm im a an of to in on at by it its
this that there their they them then than just please thanks also too very some any
know like good best one more thing way another note btw unrelated separately""".split())
SIDE_REFERS = re.compile(r"\b(?:it|its|that|this|those|them|they|result|answer|total|same|"
                         r"one|each|both|all|everything|rest|mean|average|solutions?|roots?|"
                         r"zeros?|values?|x|y|n|solve[sd]?|equations?|formula|working|steps?|"
                         r"units?|sum|difference|product|ratio|percent\w*|rate|cost|price|"
                         r"change|left|each|per|area|volume|perimeter|distance|speed|weight|"
                         r"height|bmi|calories|graph|plot|chart|slope|derivative|integral|"
                         r"minimum|maximum|km|miles?|kg|pounds?|dollars?|euros?|median|mode|range|"
                         r"variance|deviation|\w+est(?=\W*$)|"
                         r"how\s+(?:much|many|long|far|old|fast|big|often|tall|heavy))\b", re.I)


def side_question(text: str, beside: str = "") -> bool:
    """A question of its own beside a tool ask ("…, and what's the capital of France?"):
    no figures, nothing that points back at a result, and no word shared with the ask
    beside it, so the model answers it instead of it being dropped."""
    text = text.strip()
    if not SIDE_ASK.match(text) or re.search(r"[\d%$€£]", text) or SIDE_REFERS.search(text):
        return False
    words = {w for w in re.findall(r"[a-z']{3,}", text.lower()) if w not in NOT_TOPIC}
    return bool(words) and not words & set(re.findall(r"[a-z']{3,}", beside.lower()))


def _separate(first: Intent, second: Intent, first_text: str, second_text: str) -> bool:
    if not first.complete or first.agent == "chat":
        return False
    if second.backref:
        return True
    if second.agent == "chat" and not second.complete and side_question(second_text,
                                                                        first_text):
        return True
    if not second.complete or second.agent == "chat":
        return second.agent == "health" and first.agent == "health" and _asks_again(second_text)
    if first.equation and second.equation and not re.search(r"\b(solve|find|what)\b",
                                                            second_text, re.I):
        return False  # "solve x+y=3 and x-y=1" is one system
    return True


def _one_fit(first: Intent, first_text: str, second_text: str) -> bool:
    """"using a least-squares line, what would it predict for x = 7?": one data ask."""
    return first.agent == "data" and bool(FIT.search(first_text)) and bool(
        PREDICT.search(second_text))


def _completes_later(first: Intent, second: Intent, rest: list[tuple[str, str]],
                     context: Context) -> bool:
    """A complete part followed by an ask that the pieces after it complete ("convert 3
    feet to cm, and tell me my BMI: 70 kg, 1.8 m") starts a new part there; so does a
    statement that the next pieces turn into a different ask ("what's my max heart rate?
    and the app says 63°F, what's that in °C?")."""
    if not first.complete or first.agent == "chat" or second.agent == first.agent:
        return False
    text = rest[0][1].strip()
    for separator, piece in rest[1:4]:
        text = f"{text}{separator.rstrip()} {piece.strip()}"
        joined = classify(text, context)
        if joined.complete and (second.agent != "chat" or (
                joined.agent not in ("chat", first.agent) and re.search(r"\d", rest[0][1]))):
            return True
    return False


def _asks_again(text: str) -> bool:
    from core.agents.bodydata import health_ask

    return health_ask(text) is not None


def _gather_health(parts: list[Part]) -> list[Part]:
    """A health ask without its numbers takes them from the health part before it
    ("…, what's my BMR and my BMI?")."""
    out: list[Part] = []
    for part in parts:
        if (part.intent.agent == "health" and not part.intent.complete and out
                and out[-1].intent.agent == "health"):
            part = Part(part.text, Intent("health", True), f"{part.text} — {out[-1].request}")
        out.append(part)
    return out


def plain(text: str) -> list[str]:
    return [part.text for part in split(text, Context())] or [text.strip()]


__all__ = ["CHAT", "Part", "pieces", "plain", "side_question", "split"]
