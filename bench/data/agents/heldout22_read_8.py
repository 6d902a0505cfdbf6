"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 8: second phrasings for
closing days, age limits, price boards, office hours, storage, data, carts and countdowns."""

from __future__ import annotations

from bench.data.agents.heldout22_read import F
from bench.data.agents.heldout22_read_7 import (
                                                 k_cart,
                                                 k_cart_ship,
                                                 k_countdown,
                                                 k_data_pct,
                                                 k_meeting,
                                                 k_storage,
                                                 r_part_cash,
                                                 r_under,
                                                 s_age,
                                                 s_closed_day,
                                                 s_lunch,
                                                 s_per_kg,
                                                 s_pool_f,
                                                 s_rate_board,
)
from bench.data.agents.helpers import Family

fam_closed_plan = F("closed_plan", s_closed_day, (
    "planning my week around this shop - which day should I avoid going?|"
    "this sign on the door, what day are they not open?"))
fam_age_kid = F("age_kid", s_age, (
    "my nephew wants to go in. what age do you need to be?|age limit on this sign?"))
fam_per_kg_market = F("per_kg_market", s_per_kg, (
    "at the market - if I get {kg} of {thing} what's that going to cost?|"
    "{thing}, {kg} please: how much at the price on the board?"))
fam_rate_cash = F("rate_cash", s_rate_board, (
    "I've got {amt} euros in cash, how much in dollars would I get at this board's rate? round "
    "to cents|"
    "{amt} EUR to USD at the rate on this sign = ? (2 dp)"))
fam_pool_warm = F("pool_warm", s_pool_f, (
    "my american friend asks how warm the pool is in F. convert it (F = C*9/5+32), to one decimal|"
    "convert the sign's temperature to Fahrenheit, 1 dp"))
fam_lunch_hours = F("lunch_hours", s_lunch, (
    "excluding their lunch closing, how long is this office open each day?|"
    "actual opening time per day after taking out the closed period?"))
fam_storage_left = F("storage_left", k_storage, (
    "phone says storage is nearly full. how many GB do I have left?|capacity minus used = ?"))
fam_data_used = F("data_used", k_data_pct, (
    "what % of my monthly data is gone? to 1 decimal place|"
    "used data as a percentage of the allowance (1 dp)?"))
fam_cart_total = F("cart_total", k_cart, (
    "before I check out, what should this basket total be?|"
    "add it up for me: each quantity times its price, all together?"))
fam_cart_checkout = F("cart_checkout", k_cart_ship, (
    "how much will I actually pay at checkout with the delivery charge?|"
    "final amount incl. delivery please"))
fam_countdown_weeks = F("countdown_weeks", k_countdown, (
    "after {w} more {wk} pass, how many days will the countdown show?|"
    "days left on this countdown once {ww} {wk} have gone by?"))
fam_part_cash_card = F("part_cash_card", r_part_cash, (
    "I only had {c}{cash} cash on me, rest on card. what went on the card?|"
    "cash {cash}, card the rest. card payment?"))
fam_under_cheap = F("under_cheap", r_under, (
    "how many items were under {c}{cut}?|count the cheap ones - below {cut} each"))
fam_meeting_long = F("meeting_long", k_meeting, (
    "how much time does this block out in my calendar?|length of this event in my diary?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_closed_plan, fam_age_kid, fam_per_kg_market, fam_rate_cash, fam_pool_warm,
    fam_lunch_hours, fam_storage_left, fam_data_used, fam_cart_total, fam_cart_checkout,
    fam_countdown_weeks, fam_part_cash_card, fam_under_cheap, fam_meeting_long)]
