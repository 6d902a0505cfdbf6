"""Money read from the role each amount plays, whatever the order of the words.

- a share by use: "the bill is 171.26, I used 280 of the 737 kWh, my share?" → 65.06; "owe
  2/5 of it"; "rent 2,187, my room is 9 m² and theirs 10 m², split by size" → 1,035.95;
- a part of an amount: "6% commission on 17,029.48" → 1,021.77; "spent 53% of my 3,745
  budget, what's left?" → 1,760.15; "1,999 out of a 3,649 income, what percentage?";
- an amount with a percentage already in it: "paid 198.85 including a 10% tip, the bill
  before it?" → 180.77; "220 is 50% more than what?" → 146.67; a tip on the pre-tax bill;
- break-even counts: "sell at 25, it costs 6 to make, the stall is 146" → 8; "7 a visit or
  40 for a pass, how many visits before the pass is cheaper?" → 6;
- usage over an allowance: "100 minutes included, then 0.08 a minute, used 508" → 32.64;
- a tax-free band: "no tax on the first 12,000, 20% above that, on 27,639" → 3,127.80.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction

from core.agents.money_bill import cash
from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
CUR = r"(?:[$€£¥]\s?)?"
PCT = r"\s*(?:%|percent\b|per\s*cent\b)"
WORDNUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}



def _numbers(text: str) -> list[re.Match[str]]:
    return list(re.finditer(NUM, text))


def _cash(value: Fraction, text: str, name: str, basis: str) -> Reckoned:
    sign = sign_of(text)
    return Reckoned(name, value, SIGNS.get(sign, ""), basis, text=cash(value, sign))


ASKS = _c(r"\b(?:what|how|which|when|can\s+you|could\s+you)\b")


def single(text: str) -> bool:
    """One question only: a text that asks several things is shared out part by part."""
    return text.count("?") <= 1 and not re.search(r"\balso\b|,\s*and\s+(?:what|how|is|can)\b",
                                                   text) and len(ASKS.findall(text)) <= 1


# --- a share by use -----------------------------------------------------------------------

SHARE_ASK = _c(r"\b(?:my|our|his|her|their)\s+(?:share|part|portion|cut|bit|slice)\b|"
               r"\bwhat\s+(?:do|should|would|will)\s+(?:i|we)\s+(?:pay|owe|get|put\s+in|chip\s+in)\b|\bhow\s+much\s+"
               r"(?:do|should|would|will|is)\s+(?:i|we)\s+(?:pay|owe|get|put\s+in|chip\s+in|due)\b|"
               r"\b(?:i|we)\s+owe\b[^.?!]*\?|\bwhat'?s?\s+(?:is\s+)?(?:mine|owed\s+by\s+me)\b")
PART_OF = _c(rf"\b(?:used|use|using|worked|work|did|had|have|took|take|consumed|was\s+there\s+for|"
             rf"stayed|ate|drank|share|owe|own)\s+(?:about\s+|around\s+)?{NUM}\s*([a-z²]*)\s+(?:of|"
             rf"out\s+of)\s+(?:the\s+|our\s+|a\s+|all\s+|those\s+|these\s+)?(?:total\s+(?:of\s+)?)?"
             rf"{NUM}")
FRACTION_OF = _c(r"\b(\d+)\s*/\s*(\d+)\s+(?:of|share\s+of)\b|\b(half|a\s+third|a\s+quarter|"
                 r"a\s+fifth|a\s+tenth)\s+of\s+(?:it|that|the|this)\b|\b(\d+)\s+(thirds|quarters|"
                 r"fifths|tenths)\s+of\b")
PARTS = {"thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10}
NAMED_FRACTION = {"half": Fraction(1, 2), "a third": Fraction(1, 3), "a quarter": Fraction(1, 4),
                  "a fifth": Fraction(1, 5), "a tenth": Fraction(1, 10)}
BY_SIZE = _c(r"\b(?:split|share|divide|divided|pay|paid)\b[^.?!]*\b(?:by|according\s+to|in\s+"
             r"proportion\s+to|proportional(?:ly)?\s+to|based\s+on)\s+(?:the\s+)?(?:room\s+)?(?:size|"
             r"area|floor\s+space|square\s+met(?:re|er)s|usage|use|hours|income|earnings)\b|"
             r"\bproportional(?:ly)?\b|\bpro[\s-]?rata\b")
MINE = _c(rf"\b(?:my|mine)\b(?:\s+[a-z]+){{0,3}}?\s+(?:is|was|'s|=|:|of)?\s*(?:about\s+)?{NUM}")


def _amount_besides(text: str, used: list[tuple[int, int]]) -> re.Match[str] | None:
    rest = [m for m in _numbers(text) if not any(a <= m.start() < b for a, b in used)
            and not re.match(PCT, text[m.end():])]
    return rest[0] if len(rest) == 1 else None


def share_by_use(text: str) -> Reckoned | None:
    """An amount split by the part of the whole one person had."""
    if SHARE_ASK.search(text) is None and not re.search(r"\bshare\b[^.?!]*\?", text):
        return None
    if (part := PART_OF.search(text)) is not None:
        mine, whole = _f(part.group(1)), _f(part.group(3))
        amount = _amount_besides(text, [part.span()])
        if amount is None or not 0 < mine <= whole:
            return None
        total = _f(amount.group(1))
        basis = f"{show(total)} × {show(mine)} ÷ {show(whole)}"
        return _cash(total * mine / whole, text, "your share", basis)
    if (frac := FRACTION_OF.search(text)) is not None:
        if frac.group(1):
            if int(frac.group(2)) == 0:
                return None
            share = Fraction(int(frac.group(1)), int(frac.group(2)))
        elif frac.group(4):
            share = Fraction(int(frac.group(4)), PARTS[frac.group(5)])
        else:
            share = NAMED_FRACTION[re.sub(r"\s+", " ", frac.group(3))]
        amount = _amount_besides(text, [frac.span()])
        if amount is None or not 0 < share <= 1:
            return None
        total = _f(amount.group(1))
        return _cash(total * share, text, "your share", f"{show(total)} × {share}")
    if BY_SIZE.search(text) and (own := MINE.search(text)) is not None:
        others = [m for m in _numbers(text) if m.start() > own.start(1)
                  and not re.match(PCT, text[m.end():])
                  and not re.search(r"\b(?:other|another)\s+$", text[:m.start()])]
        rest = [m for m in _numbers(text) if m.start() < own.start(1)]
        if len(others) != 1 or len(rest) != 1:
            return None
        total, me = _f(rest[0].group(1)), _f(own.group(1))
        them = _f(others[0].group(1))
        if me + them <= 0:
            return None
        basis = f"{show(total)} × {show(me)} ÷ ({show(me)} + {show(them)})"
        return _cash(total * me / (me + them), text, "your share", basis)
    return None


# --- a part of an amount ------------------------------------------------------------------

PART_ON = _c(rf"{NUM}{PCT}\s+(?:commission|tip|fee|cut|royalt(?:y|ies)|bonus|deposit|down\s+"
             rf"payment|service\s+charge|tax|vat|interest|discount)\s+(?:on|of|for|from)\s+(?:the\s+|"
             rf"my\s+|a\s+|an\s+)?{CUR}{NUM}|\b(?:commission|royalt(?:y|ies)|bonus|tip|deposit|"
             rf"cut|fee)\s+(?:of|at|is)\s+{NUM}{PCT}\s+(?:on|of|for|from)\s+(?:the\s+|my\s+|a\s+|"
             rf"an\s+)?{CUR}{NUM}")
PART_ASK = _c(r"\bhow\s+much\b|\bwhat\b|\?|\bcalculate\b|\bwork\s+out\b")
SPENT_PCT = _c(rf"\b(?:spent|used|gone\s+through|paid\s+out|blown|burned\s+through|used\s+up)\s+"
               rf"(?:about\s+)?{NUM}{PCT}\s+of\s+(?:my\s+|the\s+|our\s+|a\s+)?(?:\w+\s+)?{CUR}{NUM}")
LEFT_ASK = _c(r"\b(?:left|remain\w*|to\s+spare|still\s+(?:have|got)|rest)\b")
OUT_OF = _c(rf"{CUR}{NUM}[^.?!]{{0,60}}?\b(?:out\s+of|from)\s+(?:a|an|my|the|our)\s+(?:\w+\s+)?"
            rf"{CUR}{NUM}")
MONEY_WORDS = _c(r"[$€£¥]|\b(?:income|salary|budget|earn\w*|wages?|pay|paid|rent|spend\w*|spent|"
                 r"bills?|costs?|savings?|money|dollars?|euros?|pounds|takings|revenue)\b")
PCT_ASK = _c(r"\bwhat\s+(?:percent(?:age)?|%|share)\b|\bas\s+a\s+percent(?:age)?\b|\bhow\s+many\s+"
             r"percent\b|\bwhat\s+(?:per\s*cent|proportion)\b")


def part_of_amount(text: str) -> Reckoned | None:
    """A percentage of an amount: a commission, a fee; or what is left after spending part."""
    if (part := PART_ON.search(text)) is not None and PART_ASK.search(text[part.end():] or text):
        rate = _f(part.group(1) or part.group(3))
        amount = _f(part.group(2) or part.group(4))
        if re.search(r"\b(?:total|in\s+all|altogether|after|with\s+(?:the\s+)?(?:tip|tax|fee)|"
                     r"new|final|including)\b", text[part.end():]):
            return None  # the amount with its part added is asked
        name = re.search(r"commission|tip|fee|royalt|bonus|deposit|tax|vat|interest|discount|cut",
                         part.group(0))
        label = name.group(0) if name else "part"
        return _cash(amount * rate / 100, text, label, f"{show(amount)} × {show(rate)}%")
    if (spent := SPENT_PCT.search(text)) is not None and LEFT_ASK.search(text[spent.end():]):
        rate, amount = _f(spent.group(1)), _f(spent.group(2))
        if not 0 <= rate <= 100:
            return None
        return _cash(amount * (100 - rate) / 100, text, "left",
                     f"{show(amount)} × (100 − {show(rate)})%")
    out = OUT_OF.search(text)
    if PCT_ASK.search(text) and out is not None and MONEY_WORDS.search(text):
        part_v, whole = _f(out.group(1)), _f(out.group(2))
        if whole <= 0 or len([m for m in _numbers(text) if not re.match(PCT, text[m.end():])]) != 2:
            return None
        value = part_v / whole * 100
        return Reckoned("percentage", value, "%", f"{show(part_v)} ÷ {show(whole)} × 100")
    return None


# --- an amount with a percentage already in it --------------------------------------------

INCLUDED = _c(rf"{CUR}{NUM}\s+(?:\w+\s+){{0,2}}?(?:including|incl\.?|inclusive\s+of|with|after|"
              rf"that\s+includes|which\s+includes)\s+(?:an?\s+|the\s+)?{NUM}{PCT}\s*(tip|tax|vat|"
              rf"service(?:\s+charge)?|gratuity|fee|markup|mark-up|sales\s+tax|gst)")
BEFORE_ASK = _c(r"\b(?:before|without|excluding|excl\.?|pre[\s-]?(?:tip|tax|vat)|ex[\s-]?(?:vat|"
                r"tax)|net\s+of|original|was\s+the\s+(?:bill|price|meal|cost))\b")
TIP_ON_NET = _c(rf"\b(?:tip|leave|add)\s+(?:an?\s+)?{NUM}{PCT}\s+(?:tip\s+)?(?:on|of)\s+(?:the\s+)?"
                rf"(?:pre[\s-]?tax|before[\s-]tax|untaxed|net|ex[\s-]?(?:tax|vat))")
MORE_THAN = _c(rf"{CUR}{NUM}\s+is\s+{NUM}{PCT}\s+(more|bigger|larger|greater|higher|less|smaller|"
               rf"lower|fewer)\s+than\s+(?:what|which|some)\b")


def within_amount(text: str) -> Reckoned | None:
    """The amount before a percentage that is already in a total."""
    if (more := MORE_THAN.search(text)) is not None:
        value, rate = _f(more.group(1)), _f(more.group(2))
        up = more.group(3) in ("more", "bigger", "larger", "greater", "higher")
        factor = (100 + rate if up else 100 - rate) / 100
        if factor <= 0:
            return None
        result = value / factor
        sign = "+" if up else "−"
        basis = f"{show(value)} ÷ (1 {sign} {show(rate)}%)"
        if sign_of(text):
            return _cash(result, text, "the number", basis)
        return Reckoned("the number", result, "", basis)
    if (inc := INCLUDED.search(text)) is None:
        return None
    total, rate = _f(inc.group(1)), _f(inc.group(2))
    net = total * 100 / (100 + rate)
    basis = f"{show(total)} ÷ (1 + {show(rate)}%)"
    if (tip := TIP_ON_NET.search(text)) is not None:
        share = _f(tip.group(1))
        return _cash(net * share / 100, text, "tip", f"{basis} × {show(share)}%")
    if BEFORE_ASK.search(text[inc.end():]) or BEFORE_ASK.search(text[:inc.start()]):
        return _cash(net, text, "before the " + inc.group(3), basis)
    return None


# --- break-even counts --------------------------------------------------------------------

SELL = _c(rf"\b(?:sell|selling|sold|charge|charging|price)\s+(?:\w+\s+){{0,3}}?(?:for|at|is)?\s*"
          rf"{CUR}{NUM}\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+\w+)?")
UNIT_COST = _c(rf"\b(?:materials?|costs?|cost\s+me|ingredients|supplies|makes?\s+cost|to\s+make)\b"
               rf"[^.?!,;]{{0,25}}?{CUR}{NUM}\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+\w+|to\s+"
               rf"make)|{CUR}{NUM}\s*(?:each|a\s+piece|per\s+\w+|an?\s+\w+)?\s+(?:in\s+)?(?:materials?|"
               rf"to\s+make|in\s+costs?)")
BREAK_ASK = _c(r"\bbreak[\s-]?even\b|\bcover\s+(?:my|the|our)\s+(?:costs?|fixed|stall|rent|outlay)")
PASS = _c(rf"{CUR}{NUM}\s*(?:per|a|an|each)\s+(visit|ride|trip|class|session|game|entry|day|use|"
          rf"journey|lesson)\b[^.?!]*?\bor\s+(?:a\s+)?{CUR}{NUM}\s+(?:for\s+)?(?:an?\s+|the\s+)?"
          rf"(?:\w+\s+)?(?:pass|membership|ticket|card|subscription|season\s+ticket|plan)")
PASS_ASK = _c(r"\bhow\s+many\b[^.?!]*\b(?:before|until|till|for|to\s+make|so\s+that|when)\b[^.?!]*"
              r"\b(?:cheaper|worth|pays?\s+off|better|save|saves)\b")


def break_even(text: str) -> Reckoned | None:
    """The count at which sales cover a fixed cost, or a pass beats paying each time."""
    if (passed := PASS.search(text)) is not None and PASS_ASK.search(text):
        each, whole = _f(passed.group(1)), _f(passed.group(3))
        if each <= 0:
            return None
        count = math.floor(whole / each) + 1
        return Reckoned("break-even", Fraction(count), f"{passed.group(2)}s",
                        f"{show(whole)} ÷ {show(each)} = {show(whole / each)}, so from "
                        f"{count} the pass is cheaper",
                        text=f"{count} {passed.group(2)}s (the pass is cheaper from the {count}th)"
                        if count > 3 else f"{count} {passed.group(2)}s")
    if BREAK_ASK.search(text) is None:
        return None
    sell, cost = SELL.search(text), UNIT_COST.search(text)
    if sell is None or cost is None:
        return None
    price, unit = _f(sell.group(1)), _f(cost.group(1) or cost.group(2))
    used = [sell.span(), cost.span()]
    fixed = [m for m in _numbers(text) if not any(a <= m.start() < b for a, b in used)]
    if len(fixed) != 1 or price <= unit:
        return None
    outlay = _f(fixed[0].group(1))
    count = math.ceil(outlay / (price - unit))
    noun = re.search(r"\bhow\s+many\s+([a-z]+)", text)
    named = f" {noun.group(1)}" if noun and noun.group(1) not in ("do", "will", "would", "should",
                                                                   "must", "to", "more") else ""
    return Reckoned("break-even", Fraction(count), "",
                    f"{show(outlay)} ÷ ({show(price)} − {show(unit)}) = "
                    f"{show(outlay / (price - unit))}, rounded up",
                    text=f"{count}{named} (to cover {money(outlay, sign_of(text))})")


# --- usage over an allowance; a tax-free band ---------------------------------------------

ALLOWANCE = _c(rf"\b(?:includes?|included|comes\s+with|allowance\s+of|covers?|gives?\s+"
               rf"(?:me|you|us))\s+(?:up\s+to\s+)?{NUM}\s*([a-z]+)|{NUM}\s*([a-z]+)\s+(?:included|free|are\s+free|"
               rf"in\s+the\s+plan)")
EXTRA = _c(rf"{CUR}{NUM}\s*(?:per|a|an|each|/)\s*(?:extra\s+)?([a-z]+)")
USED = _c(rf"\b(?:used|use|using|went\s+through|sent|made|did|drove|printed|watched|consumed)\s+"
          rf"(?:about\s+)?{NUM}")
EXTRA_ASK = _c(r"\b(?:extra|over(?:age)?|additional|on\s+top|excess|more|bill|charge[ds]?|pay)\b")


def over_allowance(text: str) -> Reckoned | None:
    """What use beyond an allowance costs at the rate charged for each unit over."""
    allow, extra, used = ALLOWANCE.search(text), EXTRA.search(text), USED.search(text)
    if allow is None or extra is None or used is None or not EXTRA_ASK.search(text):
        return None
    if not PART_ASK.search(text):
        return None
    free = _f(allow.group(1) or allow.group(3))
    rate, amount = _f(extra.group(1)), _f(used.group(1))
    over = max(amount - free, Fraction(0))
    return _cash(over * rate, text, "extra",
                 f"({show(amount)} − {show(free)}) × {show(rate)}")


BAND = _c(rf"\b(?:no|zero|0%?)\s+(?:income\s+)?tax\s+(?:on|for)\s+(?:the\s+)?first\s+{CUR}{NUM}"
          rf"[^.?!]*?{NUM}{PCT}\s+(?:tax\s+)?(?:on|for)\s+(?:everything|anything|all|the\s+rest|"
          rf"income|what'?s?|each)?\s*(?:\w+\s+)?(?:above|over|beyond|after)")
TAXED = _c(rf"\b(?:income|earn\w*|salary|make|making|on)\s+(?:of\s+|is\s+)?(?:an?\s+)?{CUR}{NUM}")


def tax_band(text: str) -> Reckoned | None:
    """Tax on the income above a tax-free band."""
    band = BAND.search(text)
    if band is None or not PART_ASK.search(text):
        return None
    taxed = next((m for m in TAXED.finditer(text) if m.start() >= band.end() or
                  m.end() <= band.start()), None)
    if taxed is None:
        return None
    free, rate, income = _f(band.group(1)), _f(band.group(2)), _f(taxed.group(1))
    return _cash(max(income - free, Fraction(0)) * rate / 100, text, "tax",
                 f"({show(income)} − {show(free)}) × {show(rate)}%")


def worded_value(text: str) -> Fraction | None:
    """The value the maths word-problem reader gives ``text``, or None."""
    from core.agents.wordproblems import word_problem

    worded = word_problem(text)
    if worded is None or worded.operation != "evaluate":
        return None
    import sympy

    try:
        value = sympy.nsimplify(sympy.sympify(worded.expression.replace("^", "**")))
        return Fraction(str(sympy.Rational(value))) if value.is_rational else None
    except (sympy.SympifyError, TypeError, ValueError):
        return None


def _single(kind: Callable[[str], Reckoned | None],
            keep: str = "") -> Callable[[str], Reckoned | None]:
    """``kind`` for a text with one question; a word problem the maths reader already answers
    the same way is left to it (unless its words match ``keep``: another reader would take
    them first)."""
    def one(text: str) -> Reckoned | None:
        if not single(text):
            return None
        found = kind(text)
        if found is None or (keep and re.search(keep, text)):
            return found
        worded = worded_value(text)
        if worded is not None and round(worded, 2) == round(found.value, 2):
            return None
        return found
    one.__name__ = kind.__name__
    return one


KINDS = (_single(within_amount), _single(part_of_amount, keep=r"commission|royalt|bonus|\bfee\b|"
                                                           r"\bcut\b|deposit"),
         _single(share_by_use), _single(over_allowance), _single(tax_band))
LATE_KINDS = (_single(break_even),)  # after the fixed-plus-per-unit reader
