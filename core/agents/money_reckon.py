"""Money worked out from the role of each amount, with every figure the question asks.

- pay over another period: "salary of 34,000 a year, 35 hours a week, what's that per
  hour?" → 34,000 ÷ (35 × 52); "22.50 an hour, 37.5 hours a week - a year?"; several
  periods at once ("per hour, and per month?");
- how long saving takes: "if I save 500 a month, how many months until I have 1,861?" → 4
  months (whole periods, rounded up), with money already put by taken off;
- progress towards a savings goal: "saving for a 5,500 trip, got 2,966 so far, what % of
  the way am I?" → 53.93%, or how much is still to go.

Shares in a ratio and weighted marks are in :mod:`core.agents.money_shares`. Amounts of
money are shown to the cent with the currency the question used; the text is expanded and
lower-cased.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
AMOUNT = rf"([$€£¥]\s?)?{NUM}(\s*(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp)\b)?"
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
WORDS = {"dollar": "$", "buck": "$", "usd": "$", "euro": "€", "eur": "€", "pound": "£",
         "quid": "£", "gbp": "£"}


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def sign_of(text: str) -> str:
    """The currency sign the question uses ("" when none is named)."""
    found = re.search(r"[$€£¥]|\b(dollar|buck|usd|euro|eur|quid|gbp)s?\b|\b(pound)s?\b"
                      r"(?!\s*(?:of|weight))", text)
    if found is None:
        return ""
    word = found.group(1) or found.group(2)
    return WORDS[word] if word else found.group(0)


CODES = _c(r"[$€£¥]|\b(?:usd|eur|gbp|jpy|dollars?|bucks|euros?|quid)\b|(?<=\d)\s*(?:pounds?\s+"
           r"sterling|pounds?)\b(?!\s*(?:of|in\s+weight))")
CODE_OF = {"$": "USD", "usd": "USD", "dollar": "USD", "buck": "USD", "€": "EUR", "eur": "EUR",
           "euro": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP", "quid": "GBP", "¥": "JPY",
           "jpy": "JPY"}
WEIGHT = _c(r"\b(?:kg|kgs|kilos?|lbs?|weigh\w*|ounces?|oz|stone)\b")


def currency_code(text: str) -> str:
    """The one currency the question's amounts are in ("GBP"), or "" when none or several."""
    codes = set()
    for m in CODES.finditer(text):
        word = m.group(0).strip().lower().split()[0].rstrip("s")
        if word == "pound" and WEIGHT.search(text):
            continue
        codes.add(CODE_OF.get(word, ""))
    codes.discard("")
    return codes.pop() if len(codes) == 1 else ""


def money(value: Fraction, sign: str) -> str:
    """To the cent, thousands separated, with the question's currency sign."""
    with localcontext() as exact:  # a huge figure keeps its cents rather than raising
        exact.prec = max(28, len(str(abs(value.numerator) // value.denominator)) + 4)
        cents = Decimal(value.numerator) / Decimal(value.denominator)
        rounded = cents.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"{'-' if rounded < 0 else ''}{sign}{abs(rounded):,.2f}"


def _money_result(name: str, values: list[tuple[Fraction, str]], sign: str,
                  basis: str) -> Reckoned:
    """One or more amounts of money ("18.68 an hour and 6,666.67 a month")."""
    each = [f"{money(v, sign)}{' ' + said if said else ''}" for v, said in values]
    shown = ", ".join(each[:-1]) + f" and {each[-1]}" if len(each) > 1 else each[0]
    return Reckoned(name, values[0][0], SIGNS.get(sign, ""), basis, text=shown)


# --- pay over another period -------------------------------------------------------------

PERIOD = r"(hour|hr|day|week|wk|fortnight|month|mo|year|yr|annum)"
ADVERB = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight",
          "monthly": "month", "yearly": "year", "annually": "year", "annual": "year"}
UNIFORM = {"hr": "hour", "wk": "week", "mo": "month", "yr": "year", "annum": "year"}
PAY = _c(r"\b(?:salary|salaries|earn\w*|make|making|made|paid|pay|wages?|income|job|gross|"
         r"take[- ]home|contract|rate|work\w*|shifts?)\b")
NO_PERIOD = (rf"(?!\s*(?:(?:a|an|per|each|every|/)\s*{PERIOD}\b|hourly|weekly|monthly|yearly|"
             rf"annually|p\.?a\.?))")
# an amount with its period; a salary without one is yearly ("salary of 34,000", "I'm on 32k")
GIVEN = _c(rf"{AMOUNT}\s*(?:(?:a|an|per|each|every|/)\s*{PERIOD}\b|(hourly|weekly|monthly|yearly|"
           rf"annually|p\.?a\.?)(?!\w))|\b(hourly|weekly|monthly|yearly|annual)\s+(?:salary|pay|"
           rf"income|wages?|rate|earnings)\s+(?:is\s+|was\s+|of\s+|:\s*)?{AMOUNT}|\b(?:salary|"
           rf"(?:i\s+am|i'm|we\s+are)\s+on|earn(?:ing|s)?|make|making)\s+(?:is\s+|was\s+|of\s+|:"
           rf"\s*|"
           rf"about\s+|around\s+)?{AMOUNT}{NO_PERIOD}")
HOURS_WEEK = _c(rf"{NUM}[\s-]*(?:hours?|hrs?|h)[\s-]*(?:(?:(?:a|per|each|every|/|in\s+a)\s*)?"
                rf"(?:week|wk)s?\b|p/?w\b)")
HOURS_MONTH = _c(rf"{NUM}\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/|in\s+a)\s*month\b")
HOURS_DAY = _c(rf"{NUM}\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/)\s*(?:day|shift)\b")
DAYS_WEEK = _c(rf"{NUM}\s*(?:days?|shifts?)\s*(?:a|per|each|every|/)\s*week\b")
BARE_HOURS = _c(rf"{NUM}\s*(?:hours?|hrs?)\b")
WEEKS = _c(rf"{NUM}\s*weeks?\b(?!\s*(?:off|of\s+(?:holiday|vacation|leave)|holiday|vacation|"
           rf"leave))")
WEEKS_OFF = _c(rf"{NUM}\s*weeks?\s*(?:off|of\s+(?:holiday|vacation|leave)|holiday|vacation|"
               rf"leave)\b")
ASKED = _c(rf"\b(?:per|an?|each|every|by\s+the|/|in\s+an?)\s*{PERIOD}\b|\b(hourly|daily|weekly|"
           rf"fortnightly|monthly|yearly|annually|annual)\b")
EXACT = {("week", "day"), ("year", "day"), ("year", "week"), ("year", "month")}
SPENDING = _c(r"\b(?:rent|bills?|insurance|subscription|membership|costs?|spend\w*|spent|price|"
              r"fees?|mortgage|loan|payments?|charge[sd]?|tuition|allowance|pocket\s+money|budget|"
              r"savings?|save|saving)\b")
SAID = {"hour": "an hour", "day": "a day", "week": "a week", "fortnight": "a fortnight",
        "month": "a month", "year": "a year"}


def _period(word: str) -> str:
    word = word.lower().rstrip(".")
    if word.startswith("p"):
        return "year"  # p.a.
    return ADVERB.get(word) or UNIFORM.get(word, word)


def _hours_a_week(text: str, skip: list[tuple[int, int]]) -> tuple[Fraction, str] | None:
    if (week := HOURS_WEEK.search(text)) is not None:
        skip.append(week.span())
        return _f(week.group(1)), f"{week.group(1)} hours a week"
    if (month := HOURS_MONTH.search(text)) is not None:  # 160 hours a month = 36.92 a week
        skip.append(month.span())
        return _f(month.group(1)) * 12 / 52, f"{month.group(1)} hours a month × 12 ÷ 52"
    day, days = HOURS_DAY.search(text), DAYS_WEEK.search(text)
    if day is not None and days is not None:
        skip.extend([day.span(), days.span()])
        return (_f(day.group(1)) * _f(days.group(1)),
                f"{day.group(1)} hours × {days.group(1)} days a week")
    bare = [m for m in BARE_HOURS.finditer(text) if not any(a <= m.start() < b for a, b in skip)]
    if len(bare) == 1 and re.search(r"\bweek", text):
        skip.append(bare[0].span())
        return _f(bare[0].group(1)), f"{bare[0].group(1)} hours a week"
    return None


def pay_periods(text: str) -> Reckoned | None:
    """Pay over the periods asked, from pay over another period and the hours worked."""
    if (given := GIVEN.search(text)) is None:
        return None
    is_pay = bool(PAY.search(text) or HOURS_WEEK.search(text) or HOURS_MONTH.search(text) or (
        HOURS_DAY.search(text) and DAYS_WEEK.search(text)))
    if not is_pay and not (sign_of(text) or SPENDING.search(text)):
        return None
    groups = given.groups()  # three alternatives, each with its amount's sign, number, word
    if groups[1] is not None:
        amount, per = groups[1], _period(groups[3] or groups[4] or "year")
    elif groups[7] is not None:
        amount, per = groups[7], _period(groups[5])
    else:
        amount, per = groups[10], "year"
        if _f(amount) < 5000 and not given.group(0).startswith("salary"):
            return None  # "I make 800": no period said, too little for a year's pay
    skip = [given.span()]
    hours = _hours_a_week(text, skip)
    days = DAYS_WEEK.search(text)
    weeks, weeks_said = Fraction(52), "52 weeks"
    for m in WEEKS.finditer(text):
        if not any(a <= m.start() < b for a, b in skip):
            weeks, weeks_said = _f(m.group(1)), f"{m.group(1)} weeks"
            skip.append(m.span())
            break
    if HOURS_MONTH.search(text) and not HOURS_WEEK.search(text):
        weeks, weeks_said = Fraction(52), "52 weeks"  # hours a month were turned into weeks
    if (off := WEEKS_OFF.search(text)) is not None:
        weeks, weeks_said = weeks - _f(off.group(1)), f"52 − {off.group(1)} weeks off"
        skip.append(off.span())
    asked: list[str] = []
    for m in ASKED.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        period = _period(m.group(1) or m.group(2))
        if period != per and period not in asked:
            asked.append(period)
    if not asked or weeks <= 0:
        return None
    needs_hours = "hour" in (per, *asked)
    if needs_hours and hours is None:
        return None
    if hours is None and len(asked) == 1 and ((per, asked[0]) in EXACT or (asked[0], per) in EXACT):
        return None  # "120 a month, how much a year?": the plain money rate reads it
    if not is_pay and days is None and "day" in (per, *asked):
        weeks, weeks_said = Fraction(365, 7), "365 days"  # every day of the year, 7 a week
    per_year = {"year": Fraction(1), "month": Fraction(12), "week": weeks,
                "fortnight": weeks / 2}
    if hours is not None:
        per_year["hour"] = hours[0] * weeks
    if days is not None:
        per_year["day"] = _f(days.group(1)) * weeks
    elif not is_pay:
        per_year["day"] = Fraction(365)
    if per not in per_year or any(a not in per_year for a in asked) or 0 in per_year.values():
        return None
    sign = sign_of(text)
    yearly = _f(amount) * per_year[per]
    values = [(yearly / per_year[a], SAID[a]) for a in asked]
    basis = f"{money(_f(amount), sign)} {SAID[per]}"
    basis += f" = {money(yearly, sign)} a year" if per != "year" else ""
    if hours is not None:
        basis += f"; {hours[1]} × {weeks_said} = {show(hours[0] * weeks)} hours a year"
    return _money_result("pay" if is_pay else "that is", values, sign, basis)


# --- how long saving takes ------------------------------------------------------------------

SAVING = _c(rf"\b(?:sav(?:e|es|ing)|put(?:ting)?(?:\s+(?:away|aside|by|in))?|set(?:ting)?\s+aside|"
            rf"pay(?:ing)?\s+(?:back|off)|repay(?:ing)?|clear(?:ing)?|"
            rf"deposit(?:ing)?|add(?:ing)?|pay(?:ing)?\s+in|contribut(?:e|ing)|can\s+spare|"
            rf"stash(?:ing)?|squirrel(?:ling)?\s+away)\s+(?:away\s+|aside\s+)?(?:about\s+|around"
            rf"\s+|"
            rf"roughly\s+)?{AMOUNT}\s*(?:(?:in(?:to)?|on)\s+(?:savings|the\s+bank|(?:my|a|the|our"
            rf")\s+"
            rf"[a-z]+(?:\s+account)?)\s+|away\s+|aside\s+)?(?:(?:a|per|each|every|/)\s*{PERIOD}\b|"
            rf"(weekly|monthly|yearly|daily))")
HOW_LONG = _c(r"\bhow\s+(?:many\s+(months|weeks|years|days)|long)\b|\bwhen\s+will\s+i\s+"
              r"(?:have|reach|hit|get)\b")
ALREADY = _c(rf"\b(?:already\s+(?:have|got|saved|put\s+by)|have\s+already(?:\s+(?:got|saved))?|"
             rf"start(?:ing)?\s+(?:with|from|at)|saved\s+up)\s+{AMOUNT}|(?<!until\s)(?<!till\s)"
             rf"(?<!to\s)\b(?:i|we)\s+(?:have|have\s+got|got)\s+{AMOUNT}\s+(?:already|saved|put\s"
             rf"+by|"
             rf"in\s+the\s+bank|so\s+far)\b|{AMOUNT}\s+(?:already\s+)?(?:already|saved|put\s+by|"
             rf"in\s+the\s+bank|so\s+far)\b")
AT_RATE = _c(rf"\b(?:at|of|with)\s+{AMOUNT}\s*(?:(?:a|per|each|every|/)\s*{PERIOD}\b|(weekly|"
             rf"monthly|yearly|daily))")
SAVE_WORD = _c(r"\bsav(?:e|es|ing|ings)\b|\bput(?:ting)?\s+(?:away|aside|by)\b|\b(?:pay(?:ing)?\s+"
               r"(?:off|back)|repay\w*|clear(?:ing)?)\b")


SAVED_BY_THEN = _c(r"\bhow\s+much\s+(?:will|would)\s+(?:i|we)\s+(?:have\s+)?(?:saved|have|"
                   r"put\s+by)\s+(?:by\s+then|then|at\s+that\s+point|in\s+(?:total|all))\b")
OVER_ASK = _c(r"\b(?:left\s+over|spare|leftover|over\s+(?:then|after|at\s+the\s+end)|remain\w*|"
              r"extra)\b")


def months_to_save(text: str) -> Reckoned | None:
    """Whole periods of saving until a target is reached."""
    rate, ask = SAVING.search(text), HOW_LONG.search(text)
    if rate is None and SAVE_WORD.search(text):
        rate = AT_RATE.search(text)  # "how long to save 3,000 at 250 a month?"
    if rate is None or ask is None:
        return None
    have = next((m for m in ALREADY.finditer(text) if not rate.start() <= m.start() < rate.end()
                 and not re.search(r"\b(?:until|till|before|when|to)\s+(?:i|we)\s+(?:have|got|'ve"
                                   r")\s+"
                                   r"(?:got\s+)?$", text[:m.start()])), None)
    used = [rate.span()] + ([have.span()] if have is not None else [])
    targets = [m for m in re.finditer(AMOUNT, text) if not any(a <= m.start(2) < b
               for a, b in used) and not re.match(r"\s*(?:%|percent|months?|weeks?|years?|"
                                                    r"days?|times)\b", text[m.end():])]
    if len(targets) != 1:
        return None
    per = _period(rate.group(4) or rate.group(5))
    saved = _f(next(g for g in have.groups()[1::3] if g)) if have is not None else Fraction(0)
    step, goal = _f(rate.group(2)), _f(targets[0].group(2))
    wanted = (ask.group(1) or "").rstrip("s") or per
    scale = {("week", "month"): Fraction(12, 52), ("month", "week"): Fraction(52, 12),
             ("year", "month"): Fraction(12), ("month", "year"): Fraction(1, 12),
             ("year", "week"): Fraction(52), ("week", "year"): Fraction(1, 52),
             ("week", "day"): Fraction(1, 7), ("day", "week"): Fraction(7)}
    if wanted != per and (wanted, per) not in scale:
        wanted = per
    step = step * scale.get((wanted, per), Fraction(1))
    if step <= 0 or goal <= saved:
        return None
    exact = (goal - saved) / step
    whole = math.ceil(exact)
    sign = sign_of(text)
    start = f"({money(goal, sign)} − {money(saved, sign)})" if saved else money(goal, sign)
    basis = (f"{start} ÷ {money(step, sign)} a {wanted} = {show(exact)}, rounded up to whole "
             f"{wanted}s")
    unit = f"{wanted}s" if whole != 1 else wanted
    if SAVED_BY_THEN.search(text):  # "… and how much will I have saved by then?"
        basis += f"; {whole} × {show(step)}" + (f" + {show(saved)}" if saved else "")
        return Reckoned("time to save", Fraction(whole), unit, basis,
                        text=f"{whole} {unit}, with {money(saved + whole * step, sign)} saved by "
                             f"then")
    if OVER_ASK.search(text):  # "… and how much will I have left over then?"
        spare = saved + whole * step - goal
        basis += (f"; {whole} × {show(step)} = {show(whole * step)}" +
                  (f" + {show(saved)}" if saved else "") + f" − {show(goal)} = {show(spare)} over")
        return Reckoned("time to save", Fraction(whole), unit, basis,
                        text=f"{whole} {unit}, with {money(spare, sign)} left over")
    debt = re.search(r"\b(?:owe|owing|debt|loan|borrow\w*|pa(?:y|id)\s+(?:back|off)|repay\w*|"
                     r"clear\w*)\b", text)
    return Reckoned("time to pay off" if debt else "time to save", Fraction(whole), unit, basis)


# --- progress towards a goal --------------------------------------------------------------

GOAL = _c(rf"\b(?:goal|target|aim(?:ing)?|sav(?:e|ing)\s+(?:up\s+)?(?:for|towards)|need(?:s|ed)?|"
          rf"costs?|price\s+(?:is|of)|raise|raising|reach|trying\s+to\s+(?:save|raise|get\s+to)|"
          rf"want\s+to\s+(?:save|raise|get\s+to))\b(?:\s+(?:is|of|a|an|the|my|about|for|to|"
          rf"save|raise|get|up|reach))*\s*:?\s*{AMOUNT}|{AMOUNT}\s+(?:goal|target)\b")
HAVE = _c(rf"\b(?:have|got|'ve\s+got|saved|raised|put\s+(?:away|aside|by)|collected|"
          rf"managed|at|reached|hit)\s*:?\s+(?:up\s+)?(?:about\s+|around\s+)?{AMOUNT}|{AMOUNT}\s+"
          rf"(?:so\s+far|saved|raised|already|in\s+the\s+(?:bank|pot|account|jar))\b")
PROGRESS_ASK = _c(r"(?:%|\bpercent(?:age)?\b)[^.?!]*\b(?:way|there|goal|target|done|saved|"
                  r"reached|complete|progress|far|have|got|that|is\s+it)\b|\b(?:what|which|how\s+"
                  r"many)\s+(?:percent(?:age)?|%)|\bas\s+a\s+percent(?:age)?\b|\bhow\s+far\s+(?:a"
                  r"long|am|are)\b"
                  r"[^.?!]*(?:%|\bpercent)|\b(?:what|which)\s+(?:percent(?:age)?|%|share|fraction|"
                  r"proportion)\s+of\s+(?:my|our|the)\s+(?:goal|target)\b")
REST_ASK = _c(r"\bhow\s+much\s+(?:more|else|further)\b|\bhow\s+much\s+(?:is\s+)?(?:left|still)\s+"
              r"to\b|\bhow\s+much\s+to\s+go\b|\bstill\s+(?:need|short)\b")


def savings_progress(text: str) -> Reckoned | None:
    """How far towards a goal the money saved is, as a percentage (or what is left)."""
    pct, rest = PROGRESS_ASK.search(text), REST_ASK.search(text)
    if pct is None and rest is None:
        return None
    goal, have = GOAL.search(text), HAVE.search(text)
    if goal is None or have is None or SAVING.search(text) is not None:
        return None
    target = _f(goal.group(2) or goal.group(5))
    saved = _f(have.group(2) or have.group(5))
    if goal.span() == have.span() or target <= 0:
        return None
    sign = sign_of(text)
    left = target - saved
    if pct is None:
        return Reckoned("still to go", left, SIGNS.get(sign, ""),
                        f"{money(target, sign)} − {money(saved, sign)}", text=money(left, sign))
    share = saved / target * 100
    to_go = f" ({money(left, sign)} to go)" if left > 0 else ""
    return Reckoned("progress", share, "%", f"{money(saved, sign)} ÷ {money(target, sign)} × 100",
                    text=f"{show(share)}% of the way{to_go}")


def money_kinds() -> tuple[Callable[[str], Reckoned | None], ...]:
    from core.agents.money_asks import bill_shares, interest_and_total
    from core.agents.money_bill import KINDS as BILL
    from core.agents.money_compare import KINDS as COMPARE
    from core.agents.money_compound import KINDS as COMPOUND
    from core.agents.money_deals import KINDS as DEALS
    from core.agents.money_earned import KINDS as EARNED
    from core.agents.money_everyday import KINDS as EVERYDAY
    from core.agents.money_fees import KINDS as FEES
    from core.agents.money_growth import KINDS as GROWTH
    from core.agents.money_linear import KINDS as LINEAR
    from core.agents.money_loans import KINDS as LOANS
    from core.agents.money_pay import KINDS as PAY
    from core.agents.money_percent import KINDS as PERCENT
    from core.agents.money_periods import KINDS as PERIODS
    from core.agents.money_plans import KINDS as PLANS
    from core.agents.money_proportion import KINDS as PROPORTION
    from core.agents.money_rates import KINDS as RATES
    from core.agents.money_revenue import KINDS as REVENUE
    from core.agents.money_roles import KINDS as ROLES
    from core.agents.money_roles import LATE_KINDS as ROLES_LATE
    from core.agents.money_sale import KINDS as SALE
    from core.agents.money_shares import ratio_split, weighted_mark
    from core.agents.money_split import KINDS as SPLIT
    from core.agents.money_targets import KINDS as TARGETS
    from core.agents.money_tiers import KINDS as TIERS
    from core.agents.money_units import KINDS as UNITS
    from core.agents.money_unknown import KINDS as UNKNOWN
    from core.agents.money_yield import KINDS as YIELD
    from core.agents.reckon_ages import KINDS as AGES
    from core.agents.reckon_chain import KINDS as CHAIN
    from core.agents.reckon_chance import KINDS as CHANCE
    from core.agents.reckon_change import measured_change
    from core.agents.reckon_clock import KINDS as CLOCK
    from core.agents.reckon_crew import KINDS as CREW
    from core.agents.reckon_dates import KINDS as DATES
    from core.agents.reckon_divide import KINDS as DIVIDE
    from core.agents.reckon_groups import KINDS as GROUPS
    from core.agents.reckon_hours import KINDS as HOURS
    from core.agents.reckon_lists import KINDS as LISTS
    from core.agents.reckon_mix_parts import KINDS as MIX
    from core.agents.reckon_packs import KINDS as PACKS
    from core.agents.reckon_percent import KINDS as PERCENTS
    from core.agents.reckon_ratio import KINDS as RATIO
    from core.agents.reckon_school import KINDS as SCHOOL
    from core.agents.reckon_speeds import KINDS as SPEEDS
    from core.agents.reckon_steps import KINDS as STEPS
    from core.agents.reckon_times import KINDS as TIMES
    from core.agents.reckon_totals import KINDS as TOTALS
    from core.agents.reckon_usage import KINDS as USAGE
    from core.agents.reckon_whole import KINDS as WHOLE

    return (*CREW, *MIX, *FEES, *EARNED, *TARGETS, *PROPORTION, *REVENUE, *TIERS, *TOTALS, *CHANCE,
            *COMPOUND, *ROLES, *RATIO, *RATES, *PLANS, *DEALS, *GROUPS, *COMPARE, *SPLIT, *CHAIN,
            *UNKNOWN, *HOURS, *SCHOOL, *TIMES, *CLOCK, *PAY, *SALE, *PERCENT, *PACKS, *WHOLE,
            *UNITS, *YIELD, *LOANS,
            bill_shares, interest_and_total, pay_periods, months_to_save, savings_progress,
            ratio_split, weighted_mark, measured_change, *EVERYDAY, *LISTS, *DATES, *STEPS, *GROWTH,
            *LINEAR, *ROLES_LATE, *PERCENTS, *PERIODS, *AGES, *USAGE, *SPEEDS, *BILL, *DIVIDE)
