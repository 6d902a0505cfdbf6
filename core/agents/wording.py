"""Plain-text normalisation shared by the parsers: contractions, number words, fillers.

Only used to *find* what a request asks; the text shown back and the text given to the
tools are always re-checked by the tools themselves.
"""

from __future__ import annotations

import re

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
NUMBER_WORDS = re.compile(rf"\b(?:{_FULL})(?:\s+point(?:\s+(?:{_SMALL}))+)?\b", re.IGNORECASE)
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
        if phrase.lower() in ("a", "an"):
            return phrase
        return _words_value(phrase)
    return NUMBER_WORDS.sub(swap, text)


def expand(text: str) -> str:
    """Contractions spelled out, curly quotes straightened, number words as digits."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    for pattern, repl in CONTRACTIONS:
        text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    return number_words(text)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())
