"""Plain-text normalisation shared by the parsers: contractions, number words, fillers.

Only used to *find* what a request asks; the text shown back and the text given to the
tools are always re-checked by the tools themselves.
"""

from __future__ import annotations

import re
from decimal import Decimal

SMALL = {w: i for i, w in enumerate((
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen").split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_SMALL = "|".join(sorted(SMALL, key=len, reverse=True))
_TENS = "|".join(TENS)
_UNDER100 = rf"(?:(?:{_TENS})(?:[-\s]+(?:{_SMALL}))?|(?:{_SMALL}))"
_UNDER1000 = rf"(?:(?:{_UNDER100}|a|an)\s+hundred(?:\s+(?:and\s+)?{_UNDER100})?|{_UNDER100})"
_FULL = (rf"(?:{_UNDER1000}|a|an)\s+(?:thousand|million|billion)"
         rf"(?:,?\s+(?:and\s+)?{_UNDER1000})?|{_UNDER1000}")
NUMBER_WORDS = re.compile(rf"\b(?:{_FULL})(?:\s+point(?:\s+(?:{_SMALL}))+)?\b"
                          r"(?:\s+and\s+(?P<tail>\d{1,2})(?![\d.,]))?", re.IGNORECASE)
# "2.5k", "1.2 million", "3 thousand": digits with a scale word, as plain digits
# "213 K" (a space, a capital K) is a temperature in kelvin, not thousands
SCALED = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?:\s?(?-i:(k))|(?-i:(K))|\s?(thousand|million|"
                    r"billion|bn))\b"
                    r"(?!\s*(?:run|race|walk|swim|ride)\b)", re.IGNORECASE)
# "ran 5k in 25 min", "did a 10k", "3k in 20 minutes": a distance run, in kilometres
MOVED = (r"ran|run|running|runs|jog(?:ged|ging|s)?|walk(?:ed|ing|s)?|cycl(?:ed|ing|es)|rode|ride|"
         r"riding|swam|swim(?:ming)?|hik(?:ed|ing)|row(?:ed|ing)|rac(?:ed|ing)|"
         r"sign(?:ed|ing)?\s+up\s+for|register(?:ed|ing)?\s+for|enter(?:ed|ing)|"
         r"train(?:ed|ing)\s+for|(?:did|done|do|doing)"
         r"(?=\s+(?:a|another|my|the)\s)")
RACE = (r"\s*in\s+(?:under\s+|about\s+|just\s+)?\d+(?:[:.]\d+)?\s*(?:min(?:ute)?s?|hours?|hrs?|h|"
        r"seconds?|secs?|s)\b")  # "a 5k run" stays as it is written
SPENT = "".join(rf"(?<!{w}\s)" for w in ("spent", "paid", "earned", "made", "won", "lost",
                                            "raised", "saved", "cost", "owe", "sold"))
KM = re.compile(rf"(?<![\d.,$€£¥]){SPENT}(\d+(?:\.\d+)?)\s?k\b(?={RACE})|\b((?:{MOVED})\s+"
                rf"(?:(?:a|another|the|my|about|around|roughly|over|nearly|almost)\s+)?)"
                rf"(\d+(?:\.\d+)?)\s?k\b(?!\s*(?:tv|monitor|screen|video|resolution|display|"
                rf"a\s+(?:year|month|week))\b)", re.IGNORECASE)
SCALE_OF = {"k": 1000, "thousand": 1000, "million": 10**6, "billion": 10**9, "bn": 10**9}
# "3,5 kg", "4,5 plus 2,5": a decimal comma where nothing else could be meant — one or two
# digits after it, no list around it, a unit or an operation beside it
COMMA_DECIMAL = re.compile(
    r"(?<![\d.,])(\d{1,4}),(\d{1,2})(?![\d,]|\.\d)(?=\s*(?:[a-zA-Z°%€$£]|[-+*/x×÷]\s*\d|$|\?))"
    r"(?!\s*(?:and|or|to|,)\b)", re.IGNORECASE)
AND_A_PART = re.compile(r"\b(\d+)\s+and\s+(?:a|one)\s+(half|quarter)\b", re.IGNORECASE)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
CONTRACTIONS = ((r"\b(what|that|it|there|here|who|how|where|he|she|let)['’]s\b", r"\1 is"),
                (r"n['’]t\b", " not"), (r"['’]m\b", " am"), (r"['’]re\b", " are"),
                (r"['’]ll\b", " will"), (r"['’]ve\b", " have"), (r"['’]d\b", " would"),
                (r"\bwhats\b", "what is"), (r"\bhows\b", "how is"))
FILLERS = frozenset(
    "please pls plz thanks thank thx you hey hi hello muse ok okay so now quick quickly "
    "question q just and also then well um hmm can could would will me for us mate".split())


def _words_value(phrase: str) -> str:
    whole, _, decimals = phrase.lower().partition(" point ")
    total, current = 0, 0
    for word in re.split(r"[\s,-]+", whole):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1
        elif word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
    value = str(total + current)
    digits = "".join(str(SMALL[w]) for w in decimals.split() if w in SMALL and SMALL[w] < 10)
    return f"{value}.{digits}" if digits else value


def number_words(text: str) -> str:
    """"seventeen times twenty-three" → "17 times 23"; "a hundred" → "100"."""
    def swap(match: re.Match[str]) -> str:
        phrase = match.group(0)
        tail = match.group("tail")
        if tail is not None:
            phrase = phrase[:match.start("tail") - match.start()].rstrip()
            phrase = re.sub(r"\s+and$", "", phrase, flags=re.IGNORECASE)
        if phrase.lower() in ("a", "an"):
            return match.group(0)
        value = _words_value(phrase)
        if tail is None:
            return value
        if re.search(r"(?:hundred|thousand|million|billion)$", phrase, re.IGNORECASE):
            return str(int(value) + int(tail)) if value.isdigit() else value
        return f"{value} and {tail}"  # "two and 5": two numbers
    return NUMBER_WORDS.sub(swap, text)


def _km(match: re.Match[str]) -> str:
    """"5k" run → "5 km", the words before it kept."""
    if match.group(1):
        return f"{match.group(1)} km"
    return f"{match.group(2)}{match.group(3)} km"


K_UNKNOWN = re.compile(r"\b(?:for|find|of|solve|is|what'?s)\s+k\b|\bk\s*(?:=|is\b)|\bk\s+(?:kg|"
                       r"kilos?|km|cm|m|metres?|meters?|hours?|years?|dollars?|pounds?|lb)\b", re.I)


def _k_unknown(text: str) -> str:
    """"5k = 155, solve for k": k is the unknown here, not a thousand ("5*k")."""
    if not K_UNKNOWN.search(text):
        return text
    return re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)k\b", r"\1*k", text)


def digits(text: str) -> str:
    """"2.5k" → "2500", "1.2 million" → "1200000", "3,5 kg" → "3.5 kg", "3 and a half"
    → "3.5"."""
    def scaled(match: re.Match[str]) -> str:
        word = next(g for g in match.groups()[1:] if g)
        value = Decimal(match.group(1)) * SCALE_OF[word.lower()]
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    text = KM.sub(_km, _k_unknown(text))
    text = SCALED.sub(scaled, text)
    text = COMMA_DECIMAL.sub(r"\1.\2", text)
    return AND_A_PART.sub(lambda m: m.group(1) + (".5" if m.group(2).lower() == "half"
                                                   else ".25"), text)


# "greatest common divisor(192, 544)", "least common multiple: 38, 26": the named function of
# the numbers, read like "… of 192 and 544"; "∛29791" is its cube root
NAMED_OF_PAIR = re.compile(r"\b((?:greatest|highest)\s+common\s+(?:divisor|factor)|"
                           r"(?:least|lowest)\s+common\s+multiple)\s*(?:\(|:|\bfor\b)\s*"
                           r"(\d+)\s*,\s*(\d+)\s*\)?", re.I)
CUBE_ROOT_SIGN = re.compile(r"∛\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?")


def expand(text: str) -> str:
    """Contractions spelled out, curly quotes straightened, number words as digits, a named
    function written on a pair of numbers and the cube-root sign in words."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    if "common" in text:
        text = NAMED_OF_PAIR.sub(r"\1 of \2 and \3", text)
    if "∛" in text:
        text = CUBE_ROOT_SIGN.sub(r"cube root of \1", text)
    for pattern, repl in CONTRACTIONS:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return digits(number_words(text))


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())
