"""Money towards a target, a budget or a term, counted in whole things or periods.

- sales still needed for a goal: "cookies are 2.00 each, we've raised 88, the goal is 1541 —
  how many more cookies?" → ⌈(1541 − 88) ÷ 2⌉ = 727;
- how many a budget buys after a fixed cost: "250 for a party, the cake is 17, each goody
  bag is 3 — max number of bags?" → ⌊(250 − 17) ÷ 3⌋ = 77;
- the rest of a price in equal payments: "the laptop is 513, I pay 218 up front and the rest
  in 3 monthly payments" → 98.33;
- weeks to save from a share of an allowance: "15 a week, saves a third of it, how many
  weeks to save 81?" → ⌈81 ÷ 5⌉ = 17 weeks;
- the total of a number of repayments: "12 monthly repayments of 349.61, paid back
  altogether?" → 4,195.32;
- monthly amounts over a year: "these monthly subs per year: 18.53, 8.40, 13.54" → 485.64;
- a yearly cost per use: "the gym is 453 a year and I went 26 times, cost per visit?" →
  17.42.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import NUM, _f
from core.agents.money_result import money_result
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"


# --- sales still needed for a goal --------------------------------------------------------------

EACH_PRICE = _c(rf"\b([a-z]+)\s+(?:are|is|sell\s+(?:for|at)|cost|at|go\s+for)\s+{CUR}{NUM}\s*"
                rf"(?:each|apiece|a\s+piece|per\s+[a-z]+|an?\s+[a-z]+)?|{CUR}{NUM}\s*(?:each|per"
                rf"|an?)"
                rf"\s+([a-z]+)")
RAISED = _c(rf"\b(?:raised|collected|made|got|saved|have|sold)\s+(?:about\s+|only\s+|so\s+far\s+)?"
            rf"{CUR}{NUM}(?!\s*(?:[a-z]+\s+)?(?:each|per|an?\s))")
GOAL = _c(rf"\b(?:goal|target|aim)\s+(?:is|was|of|:)?\s*(?:to\s+(?:raise|reach|make|get)\s+)?{CUR}"
          rf"{NUM}|\b(?:need|want|hoping|hope|aiming|trying)\s+to\s+(?:raise|reach|make|get\s+to|"
          rf"hit)\s+{CUR}{NUM}")
MORE_ASK = _c(r"\bhow\s+many\s+more\b|\bhow\s+many\b[^.?!]*\b(?:still|left\s+to|need|have\s+to|"
              r"must)\b")


def sales_to_goal(text: str) -> Reckoned | None:
    """Whole things still to sell to close the gap to a goal."""
    if (ask := MORE_ASK.search(text)) is None or (goal := GOAL.search(text)) is None:
        return None
    price = EACH_PRICE.search(text)
    raised = next((m for m in RAISED.finditer(text)
                   if not goal.start() <= m.start(1) < goal.end()), None)
    if price is None or raised is None:
        return None
    each = _f(price.group(2) or price.group(3))
    target, have = _f(goal.group(1) or goal.group(2)), _f(raised.group(1))
    if each <= 0 or have >= target:
        return None
    count = math.ceil((target - have) / each)
    thing = _thing(text[ask.end():], price.group(1) or price.group(4))
    return Reckoned("still to sell", Fraction(count), thing, f"⌈({show(target)} − {show(have)}) "
                    f"÷ {show(each)}⌉", text=f"{count} {thing}".strip())


def _thing(after: str, named: str | None) -> str:
    found = re.match(r"\s*([a-z]+)", after)
    word = found.group(1) if found else ""
    if word in ("do", "does", "can", "should", "will", "would", "must", "have", "to", "we", "i",
                "are", "is"):
        word = ""
    return word or (named or "").lower()


# --- how many a budget buys after a fixed cost ----------------------------------------------------

BUDGET = _c(rf"\b(?:have|has|got|budget(?:\s+(?:is|of))?|spend|with|only)\s+(?:only\s+|just\s+)?"
            rf"{CUR}{NUM}")
EACH_THING = _c(rf"\beach\s+([a-z -]+?)\s+(?:is|costs?|at)\s+{CUR}{NUM}|{CUR}{NUM}\s*(?:each|"
                rf"apiece|per\s+[a-z]+|an?\s+(?:bag|item|ticket|head|person|one|piece))\b")
FIXED_COST = _c(rf"\b(?:the\s+)?([a-z]+)\s+(?:is|costs?|was|will\s+be)\s+{CUR}{NUM}(?!\s*(?:each|"
                rf"apiece|per|an?\s))")
MAX_ASK = _c(r"\b(?:max(?:imum)?|most|largest|greatest)\s+(?:number\s+of\s+)?([a-z ]+)|\bhow"
             r"\s+many\s+([a-z -]+?)\s+"
             r"(?:can|could)\s+(?:i|we|you)\s+(?:afford|buy|get|have)")


def budget_after_fixed(text: str) -> Reckoned | None:
    """The most things a budget buys once a fixed cost is paid."""
    if (ask := MAX_ASK.search(text)) is None or (budget := BUDGET.search(text)) is None:
        return None
    each = EACH_THING.search(text)
    if each is None:
        return None
    spans = (budget.span(1), each.span(2) if each.group(2) else each.span(3))
    fixed = [m for m in FIXED_COST.finditer(text)
             if not any(a <= m.start(2) < b for a, b in spans) and m.group(1) not in ("each",)]
    if not fixed:
        return None
    price = _f(each.group(2) or each.group(3))
    total, left = _f(budget.group(1)), _f(budget.group(1)) - sum(
        (_f(m.group(2)) for m in fixed), Fraction(0))
    if price <= 0 or left < 0:
        return None
    count = math.floor(left / price)
    thing = _named(ask.group(1) or ask.group(2) or "")
    return Reckoned("most you can afford", Fraction(count), thing,
                    f"⌊({show(total)} − " + " − ".join(show(_f(m.group(2))) for m in fixed) +
                    f") ÷ {show(price)}⌋", text=f"{count} {thing}".strip())


STOP = frozenset(("i", "we", "you", "can", "could", "to", "that", "for", "with", "if"))


def _named(words: str) -> str:
    """"goody bags i can" → "goody bags"."""
    kept: list[str] = []
    for word in words.split():
        if word in STOP:
            break
        kept.append(word)
    return " ".join(kept[:3])


# --- the rest of a price in equal payments -------------------------------------------------------

DOWN = _c(rf"\b(?:pay|paid|put|putting|deposit\s+of|down\s+payment\s+of|upfront\s+of)\s+{CUR}{NUM}"
          rf"\s*(?:up\s*front|down|as\s+(?:a\s+)?deposit|now|today|at\s+the\s+start)|\b(?:deposit|"
          rf"down\s+payment)\s+(?:is|was|of)\s+{CUR}{NUM}")
REST = _c(r"\b(?:rest|remainder|balance|what'?s\s+left)\b[^.?!]*?\b(?:in|over|across)\s+(\d+)\s+"
          r"(?:equal\s+)?(?:monthly\s+|weekly\s+)?(?:payments?|instal?ments?|months|weeks)")
PRICE = _c(rf"\b(?:is|costs?|price\s+(?:is|of)|for)\s+{CUR}{NUM}")


def rest_in_payments(text: str) -> Reckoned | None:
    """A price less what is paid now, split into equal payments."""
    if (rest := REST.search(text)) is None or (down := DOWN.search(text)) is None:
        return None
    price = next((m for m in PRICE.finditer(text) if not down.start() <= m.start(1) < down.end()),
                 None)
    if price is None:
        return None
    whole, now, count = _f(price.group(1)), _f(down.group(1) or down.group(2)), int(rest.group(1))
    if count <= 0 or now > whole:
        return None
    return money_result("each payment", (whole - now) / count, text,
                        f"({show(whole)} − {show(now)}) ÷ {count}")


# --- weeks to save from a share of an allowance ---------------------------------------------------

SHARES = {"half": Fraction(1, 2), "third": Fraction(1, 3), "quarter": Fraction(1, 4),
          "fifth": Fraction(1, 5), "tenth": Fraction(1, 10), "two thirds": Fraction(2, 3),
          "three quarters": Fraction(3, 4)}
INCOME = _c(rf"{CUR}{NUM}\s*(?:an?|per|each|every|/)\s*(week|month|day|fortnight)\b")
SAVES = _c(rf"\bsav(?:es?|ing)\s+(?:only\s+|about\s+)?(?:(?:(a|one|1|two|2|three|3)\s+)?(half|"
           rf"third|quarter|fifth|tenth|thirds|quarters)|{NUM}\s*(?:%|percent|per\s*cent)|(\d+)\s*/\s*(\d+))"
           rf"\s+of\b")
TARGET = _c(rf"\b(?:save|saving|afford|get|buy|reach|need|have)\s+(?:up\s+)?(?:for\s+)?(?:an?\s+)?"
            rf"{CUR}{NUM}|"
            rf"\b(?:costs?|is|priced\s+at|for)\s+{CUR}{NUM}")
PERIODS_ASK = _c(r"\bhow\s+(?:many\s+(weeks|months|days|fortnights)|long)\b")


def weeks_from_share(text: str) -> Reckoned | None:
    """Whole periods to reach a target saving a share of a regular amount."""
    if (ask := PERIODS_ASK.search(text)) is None or (saves := SAVES.search(text)) is None:
        return None
    income = INCOME.search(text)
    if income is None:
        return None
    if saves.group(2):
        many = {"2": "two", "3": "three"}.get(saves.group(1) or "", saves.group(1))
        key = saves.group(2) if many in (None, "a", "one", "1") else f"{many} {saves.group(2)}"
        if key not in SHARES:
            return None
        share = SHARES[key]
    elif saves.group(3):
        share = _f(saves.group(3)) / 100
    else:
        share = Fraction(int(saves.group(4)), int(saves.group(5)) or 1)
    target = next((m for m in TARGET.finditer(text)
                   if not income.start() <= m.start(1 if m.group(1) else 2) < income.end()
                   and not saves.start() <= m.start() < saves.end()), None)
    if target is None or share <= 0:
        return None
    each, goal = _f(income.group(1)) * share, _f(target.group(1) or target.group(2))
    if each <= 0:
        return None
    count = math.ceil(goal / each)
    unit = ask.group(1) or f"{income.group(2)}s"
    return Reckoned(unit, Fraction(count), unit, f"⌈{show(goal)} ÷ ({show(_f(income.group(1)))} × "
                    f"{share} = {show(each)})⌉", text=f"{count} {unit}")


# --- the total of repayments ------------------------------------------------------------------

REPAY = _c(rf"(?<![\d.,$€£])(\d+)\s+(?:(?:monthly|weekly|yearly|annual|quarterly|fortnightly)\s+)?"
           rf"(?:re)?payments?\s+(?:of|at)\s+{CUR}{NUM}")
BACK_ASK = _c(r"\b(?:pay\s+back|repay|in\s+total|altogether|total|all\s+together|overall)\b")


def repayments_total(text: str) -> Reckoned | None:
    """A number of equal repayments added up."""
    found = REPAY.search(text)
    if found is None or not BACK_ASK.search(text):
        return None
    count, each = int(found.group(1)), _f(found.group(2))
    if re.search(r"\b(?:borrow\w*|loan\s+of|interest)\b", text):
        return None  # the interest paid is money_loans' question
    return money_result("total paid", count * each, text, f"{count} × {show(each)}")


# --- monthly amounts over a year ------------------------------------------------------------------

LISTED = _c(rf"\b(?:monthly|a\s+month|per\s+month)\b[^:?]*\b(?:per|a|each|every|in\s+a|over\s+a)"
            rf"\s+year\b[^:]*:\s*((?:{CUR}\d+(?:\.\d+)?\s*(?:,|and|&|\+)?\s*)+)$|\b(?:per|a|each|"
            rf"in\s+a|over\s+a)\s+year\b[^:]*\b(?:monthly|a\s+month|per\s+month)\b[^:]*:\s*((?:"
            rf"{CUR}\d+(?:\.\d+)?\s*(?:,|and|&|\+)?\s*)+)$")


def monthly_list_yearly(text: str) -> Reckoned | None:
    """Monthly amounts listed after a colon, over a whole year."""
    found = LISTED.search(text.strip().rstrip("?."))
    if found is None:
        return None
    values = [_f(v) for v in re.findall(r"\d+(?:\.\d+)?", found.group(1) or found.group(2))]
    if len(values) < 2:
        return None
    month = sum(values, Fraction(0))
    listed = " + ".join(show(v) for v in values)
    return money_result("per year", month * 12, text, f"({listed}) × 12 = {show(month)} × 12",
                        " a year")


# --- a yearly cost per use --------------------------------------------------------------------

COST_PERIOD = _c(rf"\b(?:is|costs?|paid|pay|membership\s+(?:is|of)|fee\s+(?:is|of))\s+{CUR}{NUM}"
                 rf"\s*(?:an?|per|each|/)\s*(year|month|week|season|term)\b")
USES = _c(r"\b(?:went|gone|used\s+it|visited|been|go|used|played|attended)\s+(?:there\s+)?"
          r"(?:only\s+)?"
          r"(\d+)\s+times\b")
USE_ASK = _c(r"\b(?:per|a|each)\s+(visit|use|session|time|game|class|go|trip)\b")


def cost_per_use(text: str) -> Reckoned | None:
    """A cost over a period divided by the times it was used."""
    if (ask := USE_ASK.search(text)) is None or (cost := COST_PERIOD.search(text)) is None:
        return None
    uses = USES.search(text)
    if uses is None or int(uses.group(1)) <= 0:
        return None
    total, count = _f(cost.group(1)), int(uses.group(1))
    return money_result(f"cost per {ask.group(1)}", total / count, text, f"{show(total)} ÷ {count}",
                        f" per {ask.group(1)}")


KINDS = (sales_to_goal, budget_after_fixed, rest_in_payments, weeks_from_share, repayments_total,
         monthly_list_yearly, cost_per_use)
