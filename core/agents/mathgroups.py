"""Choosing so many of each kind from groups: "a committee needs 2 men and 3 women chosen
from 9 men and 6 women" → C(9,2) × C(6,3) = 720; "pick 3 red and 2 blue from 7 red and 5
blue marbles", "a team of 4 boys and 1 girl from 10 boys and 8 girls".

The text is already expanded and lower-cased; "how many" (or "number of ways") is needed.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

HOW_MANY = _c(r"\bhow\s+many\b|\bnumber\s+of\s+(?:ways|different|possible|committees|teams|"
              r"groups|selections|combinations)\b|\bin\s+how\s+many\s+ways\b")
COUNTED = r"(\d+|one|a|an)\s+([a-z]+)"
WANTED = _c(rf"{COUNTED}\s*(?:,\s*|\s+and\s+)(?:{COUNTED}\s*(?:,\s*|\s+and\s+))?{COUNTED}")
FROM = _c(r"\b(?:from|out\s+of|among|amongst)\s+(?:a\s+group\s+of\s+|a\s+pool\s+of\s+)?")
REPLACED = _c(r"\b(?:order\s+matters|in\s+order|ranked|positions|roles|president|chair\w*)\b")
IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}
WORDS = {"one": 1, "a": 1, "an": 1}


def _stem(word: str) -> str:
    word = IRREGULAR.get(word, word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _pairs(match: re.Match[str]) -> list[tuple[int, str, str]]:
    groups = match.groups()
    found = []
    for count, word in zip(groups[::2], groups[1::2], strict=True):
        if count and word:
            found.append((WORDS.get(count) or int(count), _stem(word), word))
    return found


def group_choice(text: str) -> Kind | None:
    """The ways to choose so many of each kind from groups of each kind, or None."""
    if not HOW_MANY.search(text) or (split := FROM.search(text)) is None or REPLACED.search(text):
        return None
    wanted = WANTED.search(text[: split.start()] + " ")
    pool = WANTED.search(text, split.end())
    if wanted is None or pool is None or pool.start() > split.end() + 2:
        return None
    need = _pairs(wanted)
    have = {stem: (n, word) for n, stem, word in _pairs(pool)}
    if len(need) < 2 or len(have) != len(need) or any(w not in have for _, w, _ in need):
        return None
    if any(not 0 < n <= have[w][0] <= 500 for n, w, _ in need):
        return None
    product = " * ".join(f"binomial({have[w][0]}, {n})" for n, w, _ in need)
    named = " × ".join(f"C({have[w][0]},{n}) for the {have[w][1]}" for n, w, _ in need)
    return Kind("evaluate", product, named=f"ways = {named}")
