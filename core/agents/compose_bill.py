"""Money asked about an attached bill: the change from a note, what is still owed after a
voucher, and that figure in another currency.

"I'm paying this with a $50 bill - what's the total and how much change should I get?",
"I've got a $10 voucher for this receipt. what would I still owe, and how much is that in
euros?", "paying with a twenty, what change do I get?": the total is read once, the
arithmetic uses it, and a conversion named after the arithmetic converts its result.
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_chain import read_once
from core.agents.asks_receipt_sums import INCLUDED
from core.agents.compose_relative import PLACES, WORDS
from core.agents.plan import Subtask
from core.agents.prices import LESS, MORE, PART_ONLY, WAYS
from core.agents.quantities import target_units
from core.agents.wording import expand

MONEY = r"(?P<sym>[$€£])?\s?(?P<v>\d+(?:\.\d{1,2})?)\s*(?P<word>dollars?|euros?|pounds?|bucks?)?"
WORD_NOTES = {"five": 5, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
TENDERED = re.compile(rf"\b(?:pay(?:ing|s)?|paid|hand(?:ed|ing|s)?\s+(?:over|them|it)|giv(?:e|ing)|"
                      rf"gave|with|from|using|out\s+of)\s+(?:(?:it|this|them|with|for\s+"
                      rf"(?:it|this))\s+)*(?:(?:a|an|one)\s+)?{MONEY}\s*(?:note|bill|banknote)?"
                      rf"\b", re.I)
TENDERED_WORD = re.compile(r"\b(?:a|an|one)\s+(?P<w>five|ten|twenty|fifty|hundred)"
                           r"(?:[-\s](?:dollar|euro|pound))?(?:\s+(?:note|bill))?\b", re.I)
CHANGE = re.compile(r"\bchange\b|\bget\s+back\b|\bback\s+from\b", re.I)
AMOUNT = r"[$€£]?\s?(\d+(?:\.\d{1,2})?)\s*(?:dollars?|euros?|pounds?|bucks?)?"
DEDUCTION = re.compile(rf"{AMOUNT}\s*(?:off\b|voucher|coupon|gift\s*card|credit|discount|"
                       rf"deposit|rebate|store\s+credit)|\b(?:voucher|coupon|gift\s*card|"
                       rf"credit|discount|deposit)\s+(?:of|for|worth)\s+{AMOUNT}", re.I)
EACH = re.compile(r"\b(?:each|per\s+(?:person|head)|apiece|a\s+head|split\w*|shar\w+|"
                  r"divid\w+)\b", re.I)
SHARE = re.compile(r"\b(?:percent(?:age)?|proportion|fraction|share)\b|%\s+of\b", re.I)
BUDGET = re.compile(rf"\bbudget\w*\s+(?:is|was|of|=|:)?\s*{AMOUNT}|{AMOUNT}\s*(?:a\s+week\s+|"
                    rf"a\s+month\s+|weekly\s+|monthly\s+)?budget|\bout\s+of\s+(?:my\s+)?"
                    rf"[$€£]\s?(\d+(?:\.\d{{1,2}})?)", re.I)
STILL = re.compile(r"\b(?:owe|still|left|remain\w*|to\s+pay|pay\s+now|due|after|balance|minus|"
                   r"less|take\w*\s+off|subtract\w*|deduct\w*|"
                   r"come\s+to|net)\b", re.I)

def _tendered(text: str) -> str:
    """The money handed over: "$50", "a twenty and a ten" (30), "two $20 notes" (40)."""
    found = TENDERED.search(text)
    start = found.start() if found is not None else 0
    stop = re.search(r"[.?!;]|\b(?:what|how|and\s+(?:what|how))\b", text[start + 4:])
    span = expand(text[start:start + 4 + stop.start()] if stop else text[start:])
    raw = text[start:start + 4 + stop.start()] if stop else text[start:]
    words = [WORD_NOTES[m.group("w").lower()] for m in TENDERED_WORD.finditer(raw)]
    counted = re.findall(r"\b(\d)\s+[$€£]\s?(\d+)\s*(?:notes?|bills?)?", span)
    if counted:
        return f"{sum(int(n) * int(v) for n, v in counted):g}"
    if found is not None:
        more = [float(v) for v in re.findall(r"\band\s+(?:a\s+)?[$€£]\s?(\d+(?:\.\d{1,2})?)",
                                               span)]
        total = float(found.group("v")) + sum(more) + sum(words)
        return f"{total:g}" if more or words else found.group("v")
    return f"{sum(words):g}" if words else ""


def _money_steps(text: str) -> list[tuple[str, str]]:
    """The arithmetic asked on the total, in the order it applies (a voucher or discount,
    then tax or a tip, then a split, a share or the change), each on the step before."""
    steps: list[tuple[str, str]] = []
    deduction = DEDUCTION.search(text)
    if deduction is not None and STILL.search(text):
        value = deduction.group(1) or deduction.group(2)
        steps.append((f"what is the total minus {value}?", "Taking off the voucher"))
    if not PART_ONLY.search(text):
        if (less := LESS.search(text)) is not None:
            steps.append((f"what is the total with {_percent(less)}% off?",
                          "Taking off the discount"))
        if (more := MORE.search(text)) is not None and not INCLUDED.search(text):
            kind = "tax" if re.search(r"\b(?:tax|vat)\b", text[more.start():more.end() + 12],
                                      re.I) else "tip"
            steps.append((f"what is the total with a {_percent(more)}% {kind}?",
                          f"Adding the {kind}"))
    if EACH.search(text) and (ways := WAYS.search(expand(text))) is not None:
        people = next(g for g in ways.groups() if g)
        if int(people) > 1:
            steps.append((f"split the total {people} ways", "Splitting the bill"))
    elif SHARE.search(text) and (whole := BUDGET.search(text)) is not None:
        value = next(g for g in whole.groups() if g)
        places = PLACES.search(text)  # "… of my budget, 1 dp": the rounding asked kept
        shown = f" to {WORDS.get(places.group('p').lower(), places.group('p'))} decimal places" \
            if places else ""
        steps.append((f"what percentage of {value} is the total{shown}?", "Working out the share"))
    elif CHANGE.search(text) and (tendered := _tendered(text)):
        steps.append((f"how much change from ${tendered}?", "Working out the change"))
    return steps


def _percent(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


def _one_chain(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """Steps on the total worked exactly from one reading of the whole message
    (:mod:`core.agents.asks_receipt_chain`), and the last figure in the currency asked."""
    plan = [Subtask("b1", "vision", text.strip(), label="Reading the receipt")]
    wanted = currency_asked(text)
    if wanted is not None and target_units(f"in {wanted}", bare=True):
        plan.append(Subtask("b2", "units", f"in {wanted}", depends_on=("b1",),
                            label="Converting the amount"))
    return plan + [t for t in subtasks if t.agent == "chat"]


def bill_money(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan for change or a balance asked about an attached bill, or the plan as it is."""
    if read_once(text) and not any(t.agent not in ("vision", "units", "math", "chat")
                                    for t in subtasks):
        return _one_chain(subtasks, text)
    steps = _money_steps(text)
    if not steps or any(t.agent not in ("vision", "units", "math") for t in subtasks) or (
            len(steps) < 2 and any(t.agent == "math" for t in subtasks)):
        return subtasks  # one step beside a calculation: the bill arithmetic after this
    plan = [Subtask("b1", "vision", "what is the total?", label="Reading the total")]
    for number, (request, label) in enumerate(steps, start=2):
        plan.append(Subtask(f"b{number}", "math", request, depends_on=(plan[-1].id,),
                            label=label))
    ask = re.split(r"[,.;?!]\s|\s[-–—]\s|\band\b", text.strip().rstrip("?.! "))[-1].strip()
    if ask and target_units(ask, bare=True) and not re.search(r"\d", ask) and (re.search(
            r"\b(?:that|it|this|the\s+rest|what's\s+left)\b", ask, re.I) or
            re.fullmatch(r"(?:in|into|to)\s+[^\d]+", ask, re.I)):
        plan.append(Subtask(f"b{len(plan) + 1}", "units", ask, depends_on=(plan[-1].id,),
                            label="Converting the amount"))
    return plan


CURRENCY = re.compile(r"\b(?:us\s+dollars?|dollars?|usd|bucks|euros?|eur|pounds?(?:\s+sterling)?|"
                      r"quid|gbp|sterling|yen|jpy|swiss\s+francs?|francs?|chf|aud|cad|nzd|"
                      r"rupees?|inr|yuan|cny|rmb|pesos?|mxn|kronor|krona|sek|nok|dkk|zloty|pln)\b",
                      re.I)
TARGET_CUE = re.compile(r"\b(?:in|into|to|as|give\s+me|want|need|show\s+me|also|too|convert\w*|"
                        r"change\w*|express\w*)\b", re.I)
MINE = re.compile(r"\b(?:is|are|was|were|it's|its|priced|paid|charged)\s+(?:all\s+)?in\s+$", re.I)


def currencies_asked(text: str) -> list[str]:
    """Every currency a figure is wanted in, in the order named: "into both euros and
    pounds", "give me euros too", "this receipt is in dollars but I need it in GBP" (GBP: the
    currency the receipt is in is no ask)."""
    found = [m for m in CURRENCY.finditer(text) if not MINE.search(text[:m.start()])]
    wanted: list[str] = []
    for mention in found:
        before = text[max(0, mention.start() - 30):mention.start()]
        after = text[mention.end():mention.end() + 12]
        if (TARGET_CUE.search(before) or re.match(r"\s*(?:too|as\s+well|also|please|\?)", after,
                                                  re.I)) and mention.group(0) not in wanted:
            wanted.append(mention.group(0))
    return wanted


def currency_asked(text: str) -> str | None:
    """The (last) currency a figure is wanted in."""
    wanted = currencies_asked(text)
    return wanted[-1] if wanted else None


def figure_in_currency(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """A currency asked of an image's figure is a conversion of that reading; a conversion
    that names both currencies is asked in the wanted one."""
    wanted = currency_asked(text)
    if wanted is None or not target_units(f"in {wanted}", bare=True):
        return subtasks
    from core.agents.vision import asks_figure

    readings = [t for t in subtasks if t.agent == "vision" and asks_figure(t.request)]
    units = [t for t in subtasks if t.agent == "units"]
    if units:
        return [Subtask(t.id, "units", f"in {wanted}", t.depends_on, t.label)
                if t in units and t.depends_on and len(CURRENCY.findall(t.request)) > 1 and any(
                    d == r.id for r in readings for d in t.depends_on) else t for t in subtasks]
    if not readings or any(t.agent == "math" for t in subtasks):
        return subtasks
    source = readings[-1]
    at = subtasks.index(source) + 1
    named = [c for c in currencies_asked(text) if target_units(f"in {c}", bare=True)] or [wanted]
    convert = [Subtask(f"c{len(subtasks) + n}", "units", f"in {currency}",
                       depends_on=(source.id,), label="Converting the amount")
               for n, currency in enumerate(named, start=1)]  # "into both euros and pounds"
    return [*subtasks[:at], *convert, *subtasks[at:]]
