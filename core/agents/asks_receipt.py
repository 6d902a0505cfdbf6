"""More that people ask of a receipt's lines, answered from its priced items.

- how much more one item cost than another ("how much more was the cheese than the milk?",
  "difference between the tea and the coffee");
- the total without an item ("what would it have come to without the coffee?", "total
  excluding the notebook", "if I hadn't bought the apples");
- the items past a price ("anything over $20?", "which things cost less than 5?").
"""

from __future__ import annotations

import re

from core.agents.patterns import ci

Item = tuple[str, float, str]
MORE_THAN = ci(r"\bhow\s+much\s+(?:more|dearer|pricier|extra|cheaper|less)\s+(?:expensive\s+)?"
               r"(?:was|were|is|"
               r"did|does)\s+(?:the\s+|my\s+)?(?P<a>[a-z][a-z ]*?)\s+(?:cost\s+)?than\s+(?:the\s+|"
               r"my\s+)?(?P<b>[a-z][a-z ]*?)\s*(?:[?.,!]|$)|\b(?:difference|gap)\s+"
               r"(?:in\s+price\s+)?between\s+(?:the\s+|my\s+)?(?P<c>[a-z][a-z ]*?)\s+and\s+"
               r"(?:the\s+|my\s+)?(?P<d>[a-z][a-z ]*?)\s*(?:[?.,!]|$)")
WITHOUT = ci(r"\b(?:without|excluding|except(?:\s+for)?|minus|not\s+counting|leaving\s+out|"
             r"apart\s+from|if\s+i\s+(?:hadn'?t|had\s+not|didn'?t|did\s+not)\s+(?:bought|buy|"
             r"got|get|ordered|order))\s+(?:the\s+|my\s+)?(?P<n>[a-z][a-z ]*?)\s*(?:[?.,!]|$|"
             r"\b(?:what|how|and)\b)")
PAST = ci(r"\b(?:(?P<gt>over|above|more\s+than|greater\s+than|dearer\s+than|at\s+least)|"
          r"(?P<lt>under|below|less\s+than|cheaper\s+than))\s+[$€£]?\s*(?P<v>\d+(?:\.\d+)?)")
WHICH = ci(r"\b(?:which|any|anything|how\s+many|list|items?|things?|products?)\b")


BEYOND_ITEMS = ci(rf"{MORE_THAN.pattern}|{WITHOUT.pattern}|{PAST.pattern}")


def _find(name: str, items: list[Item]) -> Item | None:
    name = re.sub(r"\s+(?:cost|costs|on\s+\w+|here)$", "", name.strip().lower())
    found = [item for item in items if name and (name in item[0].lower() or item[0].lower()
                                                 in name)]
    return found[0] if len(found) == 1 else None


def more_than(question: str, items: list[Item]) -> tuple[str, float] | None:
    asked = MORE_THAN.search(question)
    if asked is None:
        return None
    first = _find(asked.group("a") or asked.group("c") or "", items)
    second = _find(asked.group("b") or asked.group("d") or "", items)
    if first is None or second is None or first is second:
        return None
    gap = round(first[1] - second[1], 2)
    cur = f" {first[2]}" if first[2] else ""
    return (f"The {first[0]} ({first[1]:.2f}) cost **{abs(gap):.2f}{cur}** "
            f"{'more' if gap >= 0 else 'less'} than the {second[0]} ({second[1]:.2f}).", abs(gap))


def without(question: str, items: list[Item], total: float | None) -> tuple[str, float] | None:
    asked = WITHOUT.search(question)
    if asked is None or total is None:
        return None
    left_out = _find(asked.group("n"), items)
    if left_out is None:
        return None
    rest = round(total - left_out[1], 2)
    cur = f" {left_out[2]}" if left_out[2] else ""
    return (f"Without the {left_out[0]} ({left_out[1]:.2f}) it comes to **{rest:.2f}{cur}** "
            f"({total:.2f} − {left_out[1]:.2f}).", rest)


def past_a_price(question: str, items: list[Item]) -> str | None:
    asked = PAST.search(question)
    if asked is None or not WHICH.search(question) or not items:
        return None
    limit = float(asked.group("v"))
    over = asked.group("gt") is not None
    hits = [item for item in items if (item[1] > limit if over else item[1] < limit) or (
        item[1] == limit and "least" in asked.group(0).lower())]
    said = f"{'over' if over else 'under'} {limit:.2f}"
    if not hits:
        return f"**None** of the {len(items)} items cost {said} (**0 items**)."
    listed = ", ".join(f"**{name}** ({value:.2f})" for name, value, _ in hits)
    noun = "item" if len(hits) == 1 else "items"
    summed = ""
    if len(hits) > 1 and ALSO_SUMMED.search(question):  # "… + their combined cost"
        whole = sum(round(value * 100) for _, value, _ in hits) / 100
        summed = f" Together they cost **{whole:.2f}**."
    return f"**{len(hits)} {noun}** (of {len(items)}) cost {said}: {listed}.{summed}"


ALSO_SUMMED = re.compile(r"\b(?:combined|together|altogether|in\s+total|total|sum|add(?:ed)?\s+"
                         r"up|in\s+all)\b", re.I)
