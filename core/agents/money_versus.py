"""Two ways of reckoning the same money, and the gap between them.

- compound against simple interest: "on 18800 at 4% for 12 years, how much more does
  compound interest earn than simple?" → 18800 × 1.04¹² − 18800 − 18800 × 4% × 12 =
  2,275.41;
- two discounts one after the other against one: "on a 299 item, how much more with 10%
  off then 20% off than a single 30% off?" → 299 × 0.9 × 0.8 − 299 × 0.7 = 5.98;
- two plans at a stated use: "plan A 9/month plus 2.12 per GB, plan B 29/month unlimited,
  I use 12 GB — how much cheaper is the cheaper plan?" → |9 + 2.12 × 12 − 29| = 5.44;
- an amount at a stated exchange rate: "1 USD = 0.924 EUR, how many euros for 2624
  dollars?" → 2,424.58 (the rate told, not today's).

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

from core.agents.money_reckon import NUM, _f, money, sign_of
from core.agents.money_result import money_result
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

CUR = r"[$€£¥]?\s?"
PCT = rf"{NUM}\s*(?:%|percent|per\s*cent)"


# --- compound against simple interest ------------------------------------------------------------

BOTH = _c(r"\bcompound\w*\b[^.?!]*\bsimple\b|\bsimple\b[^.?!]*\bcompound\w*\b")
PRINCIPAL = _c(rf"\b(?:on|invest(?:ed|ing)?|deposit(?:ed)?|put|of|principal|borrow(?:ed)?"
               rf"|save[ds]?)\s+"
               rf"{CUR}{NUM}(?!\s*(?:%|percent|years?))")
RATE = _c(rf"\b(?:at|rate\s+(?:of|is))\s+{PCT}")
YEARS = _c(rf"\b(?:for|over|after)\s+{NUM}\s+years?\b")
COMPOUNDS = {"monthly": 12, "quarterly": 4, "yearly": 1, "annually": 1, "daily": 365,
             "half-yearly": 2, "semi-annually": 2}
GAP_ASK = _c(r"\bhow\s+much\s+more\b|\bdifference\b|\bhow\s+much\s+(?:extra|less)\b|\bmore"
             r"\s+than\b")


def compound_gap(text: str) -> Reckoned | None:
    """Compound interest less simple interest on the same sum, rate and years."""
    if not BOTH.search(text) or not GAP_ASK.search(text):
        return None
    principal, rate, years = PRINCIPAL.search(text), RATE.search(text), YEARS.search(text)
    if principal is None or rate is None or years is None:
        return None
    sum_, pct, span = _f(principal.group(1)), _f(rate.group(1)), _f(years.group(1))
    if span.denominator != 1 or span > 200:
        return None
    often = next((n for word, n in COMPOUNDS.items() if word in text), 1)
    grown = sum_ * (1 + pct / 100 / often) ** int(span * often)
    simple = sum_ * pct / 100 * span
    gap = grown - sum_ - simple
    return money_result("compound earns more by", gap, text,
                        f"{show(sum_)} × (1 + {show(pct)}%/{often})^{show(span * often)} − "
                        f"{show(sum_)} = {show(grown - sum_)} compound; "
                        f"{show(sum_)} × {show(pct)}% × {show(span)} = {show(simple)} simple")


# --- two discounts against one -----------------------------------------------------------------

THEN = _c(rf"{PCT}\s+off\s+(?:and\s+)?(?:then|followed\s+by|plus|and\s+another)\s+(?:an?\s+)?"
          rf"(?:extra\s+|"
          rf"further\s+|another\s+)?{PCT}(?:\s+off)?")
SINGLE = _c(rf"\b(?:single|one|1|flat|straight)\s+{PCT}(?:\s+off)?|{PCT}\s+off\s+(?:in\s+)?"
            rf"(?:one\s+go|"
            rf"at\s+once)")
ITEM = _c(rf"\b(?:on\s+an?|an?|the|for\s+an?)\s+{CUR}{NUM}\s+(?:item|jacket|coat|tv|sofa|[a-z]+)\b|"
          rf"\b(?:costs?|priced\s+at|price\s+(?:of|is))\s+{CUR}{NUM}")


def discount_gap(text: str) -> Reckoned | None:
    """The price after two discounts in turn less the price after one discount."""
    pair, single = THEN.search(text), SINGLE.search(text)
    if pair is None or single is None or not GAP_ASK.search(text):
        return None
    item = ITEM.search(text)
    if item is None:
        return None
    price = _f(item.group(1) or item.group(2))
    a, b, c = _f(pair.group(1)), _f(pair.group(2)), _f(single.group(1) or single.group(2))
    twice = price * (1 - a / 100) * (1 - b / 100)
    once = price * (1 - c / 100)
    sign = sign_of(text)
    return money_result("difference", abs(twice - once), text,
                        f"{show(price)} × (1 − {show(a)}%) × (1 − {show(b)}%) = {show(twice)}; "
                        f"{show(price)} × (1 − {show(c)}%) = {show(once)}",
                        f" ({money(twice, sign)} against {money(once, sign)})")


# --- two plans at a stated use -----------------------------------------------------------------

PLAN = _c(rf"\b(?:plan|option|tariff|deal|contract)\s+([a-z0-9])\b\s*(?:is|:|costs?|=|-)?"
          rf"\s*{CUR}{NUM}"
          rf"\s*(?:/|a|an|per)\s*(?:month|mo|week|year)\b((?:[^.;]|\.\d)*)")
PER_USE = _c(rf"{CUR}{NUM}\s*(?:per|a|an|/|for\s+each|each)\s*(gb|minute|min|text|call|kwh|unit|"
             rf"visit|class|mile|km|hour|ride|trip|session|gig)s?\b")
USE = _c(rf"\b(?:use|used|using|make|do|take|need|send|ride|drive|go)\s+(?:about\s+|around"
         rf"\s+)?{NUM}\s*"
         rf"(gb|minutes?|mins?|texts?|calls?|kwh|units?|visits?|class(?:es)?|miles?|km|hours?"
         rf"|rides?|"
         rf"trips?|sessions?|times)\b")
WHICH_ASK = _c(r"\bcheaper\b|\bsav(?:e|ing)\b|\bdifference\b|\bbetter\b|\bless\b")


def plans_at_use(text: str) -> Reckoned | None:
    """Two plans' costs at the use stated, and the gap between them."""
    if not WHICH_ASK.search(text) or (use := USE.search(text)) is None:
        return None
    plans = list(PLAN.finditer(text))
    if len(plans) != 2:
        return None
    amount = _f(use.group(1))
    costs = []
    for plan in plans:
        extra = PER_USE.search(plan.group(3) or "")
        cost = _f(plan.group(2)) + (_f(extra.group(1)) * amount if extra else 0)
        costs.append((plan.group(1).upper(), cost))
    (a_name, a), (b_name, b) = costs
    if a == b:
        return None
    cheap = a_name if a < b else b_name
    sign = sign_of(text)
    return money_result("cheaper by", abs(a - b), text,
                        f"plan {a_name} {show(a)}; plan {b_name} {show(b)}",
                        f" (plan {cheap} is cheaper: {money(min(a, b), sign)} against "
                        f"{money(max(a, b), sign)})")


# --- an amount at a stated exchange rate ----------------------------------------------------------

CODE = r"(usd|eur|gbp|jpy|cad|aud|chf|inr|cny|mxn|nzd|sek|nok|dkk|zar|[$€£¥])"
TOLD = _c(rf"\b1\s*{CODE}\s*(?:=|is|buys|gets|to)\s*{NUM}\s*{CODE}")
WORD = {"dollar": "usd", "euro": "eur", "pound": "gbp", "yen": "jpy", "$": "usd", "€": "eur",
        "£": "gbp", "¥": "jpy", "buck": "usd"}
HOW_MANY = _c(rf"\bhow\s+(?:many|much)\s+(?:in\s+)?([a-z$€£¥]+)\b[^.?!]*?\b(?:for|is|are|from|with|"
              rf"in)\s+{CUR}{NUM}\s*([a-z]+)?|\bconvert\s+{CUR}{NUM}\s*([a-z]+)")


def _code(word: str) -> str:
    word = word.lower()
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return WORD.get(word, word)


def told_rate(text: str) -> Reckoned | None:
    """An amount changed at the rate the question states."""
    told = TOLD.search(text)
    if told is None or (ask := HOW_MANY.search(text)) is None:
        return None
    home, rate, away = _code(told.group(1)), _f(told.group(2)), _code(told.group(3))
    amount = _f(ask.group(2) or ask.group(4))
    wanted = _code(ask.group(1) or "")
    given = _code(ask.group(3) or ask.group(5) or "")
    if rate <= 0:
        return None
    if wanted == away or given == home:
        value, code = amount * rate, away
    elif wanted == home or given == away:
        value, code = amount / rate, home
    else:
        return None
    return Reckoned("converted", value, code.upper(),
                    f"{show(amount)} {(away if code == home else home).upper()} at 1 "
                    f"{home.upper()} = {float(rate):g} {away.upper()}",
                    text=f"{money(value, '')} {code.upper()}")


# --- the cheaper price per item of two packs ---------------------------------------------------

OFFER = _c(rf"(?<![\d.,$€£¥])(\d+)(?:[\s-]*[a-z]+){{0,3}}?\s+(?:for|at|cost(?:s|ing)?)"
           rf"\s+{CUR}{NUM}")
PER_ITEM_ASK = _c(r"\b(?:cheaper|cheapest|lower|lowest|best|better)\b[^.?!]*\b(?:price|cost)\s+"
                  r"(?:per|"
                  r"a|an|for\s+(?:one|1|each))\s+([a-z]+)|\b(?:price|cost)\s+(?:per|a|an)\s+"
                  r"([a-z]+)\b"
                  r"[^.?!]*\b(?:cheaper|cheapest|lower|lowest|better)\b")


def cheaper_per_item(text: str) -> Reckoned | None:
    """The lower price per item of two packs of different sizes."""
    if (ask := PER_ITEM_ASK.search(text)) is None or (" or " not in text and " vs" not in text):
        return None
    offers = [m for m in OFFER.finditer(text) if int(m.group(1)) > 0][:3]
    if len(offers) != 2:
        return None
    unit = ask.group(1) or ask.group(2)
    each = [(_f(m.group(2)) / int(m.group(1)), m) for m in offers]
    best, found = min(each, key=lambda pair: pair[0])
    other = max(each, key=lambda pair: pair[0])[0]
    sign = sign_of(text)
    return money_result(f"price per {unit}", best, text,
                        " and ".join(f"{show(_f(m.group(2)))} ÷ {m.group(1)} = {show(v)}"
                                     for v, m in each),
                        f" per {unit} (the {found.group(1)} pack; the other is "
                        f"{money(other, sign)} per {unit})")


# --- a multi-buy deal against the single price -------------------------------------------------

SINGLE_PRICE = _c(rf"{CUR}{NUM}\s*(?:each|apiece|a\s+piece|per\s+[a-z]+)\s+(?:or|,|but|and|vs)\s+"
                  rf"(?:a\s+|the\s+)?(?:deal\s+of\s+)?(\d+)\s+(?:[a-z]+\s+)?for\s+{CUR}{NUM}")
SAVE_ASK = _c(r"\bsav(?:e|ing)\b|\bhow\s+much\s+(?:less|cheaper)\b|\bdifference\b")


def deal_saving(text: str) -> Reckoned | None:
    """What a "N for P" deal saves against buying N at the single price."""
    found = SINGLE_PRICE.search(text)
    if found is None or not SAVE_ASK.search(text):
        return None
    each, count, deal = _f(found.group(1)), int(found.group(2)), _f(found.group(3))
    if count <= 1:
        return None
    single = each * count
    sign = sign_of(text)
    return money_result("saving", single - deal, text,
                        f"{count} × {show(each)} = {show(single)}; {show(single)} − {show(deal)}",
                        f" ({count} singly {money(single, sign)} against {money(deal, sign)})")


# --- a month's interest on a card balance -------------------------------------------------------

BALANCE = _c(rf"\b(?:balance|owe|debt|outstanding)\s+(?:of\s+|is\s+)?{CUR}{NUM}")
APR = _c(rf"{PCT}\s*(?:apr|a\.?p\.?r\.?|a\s+year|per\s+year|annual(?:ly)?|yearly|p\.?a\.?)\b")
MONTH_ASK = _c(r"\b(?:one|1|a|per|each|this|first|next)\s+month\b|\bmonthly\b")


def month_interest(text: str) -> Reckoned | None:
    """A month's interest on a balance at a yearly rate (the rate ÷ 12)."""
    balance, rate = BALANCE.search(text), APR.search(text)
    if balance is None or rate is None or not MONTH_ASK.search(text) or "interest" not in text:
        return None
    owed, pct = _f(balance.group(1)), _f(rate.group(1))
    return money_result("interest for a month", owed * pct / 100 / 12, text,
                        f"{show(owed)} × {show(pct)}% ÷ 12")


KINDS = (compound_gap, discount_gap, plans_at_use, told_rate, cheaper_per_item, deal_saving,
         month_interest)
