"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 5: more ways of asking
about receipts (totals, lines, tips, tax, splits, change)."""

from __future__ import annotations

from bench.data.agents.heldout22_read import (
                                               F,
                                               r_count,
                                               r_disc,
                                               r_disc_saved,
                                               r_line,
                                               r_max_name,
                                               r_max_price,
                                               r_min_name,
                                               r_min_price,
                                               r_second_name,
                                               r_split,
                                               r_split_tip,
                                               r_tax_only,
                                               r_tax_total,
                                               r_tip_only,
                                               r_tip_total,
                                               r_total,
)
from bench.data.agents.heldout22_read_2 import (
                                               r_afford,
                                               r_avg,
                                               r_budget,
                                               r_change,
                                               r_convert,
                                               r_coupon,
                                               r_diff,
                                               r_double,
                                               r_friend,
                                               r_mine_share,
                                               r_over,
                                               r_pair,
                                               r_points,
                                               r_pre_vat,
                                               r_range,
                                               r_share_pct,
                                               r_shop,
                                               r_two_cheapest,
                                               r_vat_inside,
                                               r_weeks,
                                               r_without,
)
from bench.data.agents.helpers import Family

fam_total_formal = F("total_formal", r_total, (
    "Good afternoon. Could you please tell me the total amount shown on the attached receipt?|"
    "Hello, would you mind reading the final total from this receipt for me? Thank you."))
fam_total_words = F("total_words", r_total, (
    "receipt -> total. go|TOTAL??|amount i paid?"))
fam_total_refund = F("total_refund", r_total, (
    "returning everything on this receipt, how much should the refund be?|"
    "If I bring all of this back, what's the full refund amount?"))
fam_line_typo = F("line_typo", r_line, (
    "hw much was the {low}|whats the {low} price on ths receipt|{low} price??"))
fam_line_reimburse = F("line_reimburse", r_line, (
    "work only pays back the {low}. what amount do I claim?|"
    "My flatmate owes me for the {low} only - how much is that?"))
fam_count_bag = F("count_bag", r_count, (
    "The receipt has how many items on it? my bag seems light|"
    "how many things am I supposed to have in my bags according to this?"))
fam_max_name_gift = F("max_name_gift", r_max_name, (
    "which of these was the dearest?|"
    "what's the single thing I spent most on here?"))
fam_min_name_cheap = F("min_name_cheap", r_min_name, (
    "cheapest thing on here? just the item name|which line has the lowest price?"))
fam_second_cost = F("second_cost", r_second_name, (
    "rank the items by price - which one is second from the top?|"
    "Which item comes second if I sort by price, most expensive first?"))
fam_max_price_only = F("max_price_only", r_max_price, (
    "the most I paid for any one item was how much?|"
    "Highest single price on this receipt please"))
fam_min_price_only = F("min_price_only", r_min_price, (
    "what did the cheapest item cost?|lowest item price on here?"))
fam_tip_us = F("tip_us", r_tip_total, (
    "in the US so tipping {pct}%. whats the total w/ tip (to the cent)|"
    "Bill + {pct}% gratuity = ? round to the nearest cent"))
fam_tip_amount_only = F("tip_amount_only", r_tip_only, (
    "just the tip amount please, {pct} percent of the total, rounded to cents|"
    "What's {pct}% of this bill? It's for the tip. 2 decimal places"))
fam_tax_added = F("tax_added", r_tax_total, (
    "prices on this are before {pct}% sales tax. what's the real total? 2 dp|"
    "Add sales tax at {pct} percent to the total here - result to the cent?"))
fam_tax_amount = F("tax_amount", r_tax_only, (
    "how much tax at {pct}% on top of this total? nearest cent|"
    "Tax owed on this receipt at {pct}%, rounded to 2 decimals?"))
fam_disc_member = F("disc_member", r_disc, (
    "members get {pct}% off. what would this receipt total be for a member? round to the cent|"
    "If they'd applied my {pct}% member discount to the total, how much would I pay (2 dp)?"))
fam_disc_saving = F("disc_saving", r_disc_saved, (
    "{pct}% off the total - how many {cw} is that off? round to cents|"
    "what's {pct} percent of the receipt total (the saving), to the cent?"))
fam_split_dinner = F("split_dinner", r_split, (
    "dinner for {nw}, we go halves... well, {n} equal shares. how much per head? round to the cent|"
    "Split the total evenly among {n} friends. Each owes (nearest cent)?"))
fam_split_tip_group = F("split_tip_group", r_split_tip, (
    "group of {n}: total + {pct}% tip, then split evenly. each person pays? round to the cent|"
    "Work out per person: receipt total, add {pct}% tip, divide by {nw}. Nearest cent."))
fam_convert_card = F("convert_card", r_convert, (
    "my card will charge in {other}. 1 {code} = {rate} {other}. how much will it be? 2 decimals|"
    "How much is the total in {other} at {rate} {other} per {code}? round to 2 dp"))
fam_change_cash = F("change_cash", r_change, (
    "paid cash, {pay} {cw}. what should my change be?|"
    "If I give the cashier {pay}, how much do I get back?"))
fam_shop_name = F("shop_name", r_shop, (
    "name of the shop on this receipt?|which place is this receipt from"))
fam_diff_compare = F("diff_compare", r_diff, (
    "compare the {a} and the {b} - what's the price difference?|"
    "By how much does the {a} cost more than the {b}?"))
fam_pair_mine = F("pair_mine", r_pair, (
    "I only had the {a} and the {b}. how much do I owe?|"
    "my part was the {a} plus the {b} - total for me?"))
fam_avg_item = F("avg_item", r_avg, (
    "what's the average item price? (total divided by number of items, to the cent)|"
    "mean price of the things on this receipt, rounded to the cent"))
fam_without_return = F("without_return", r_without, (
    "I'm taking the {low} back. what will I have spent after the refund?|"
    "Total minus the {name}?"))
fam_double_more = F("double_more", r_double, (
    "should've got {k} of the {low} (the receipt has 1). total with that change?|"
    "same shop again but with {kw} of the {low} instead of one - total?"))
fam_over_count = F("over_count", r_over, (
    "how many items were more than {cut} each?|number of things costing over {cut} {cw}?"))
fam_share_item = F("share_item", r_share_pct, (
    "how big a part of the bill was the {low}, in percent? one decimal|"
    "{name} as a % of the total? round to 1 decimal place"))
fam_budget_over = F("budget_over", r_budget, (
    "I told myself max {budget} {cw}. how much over did I go?|"
    "Set myself {c}{budget} for this shop and went over - by how much?"))
fam_coupon_use = F("coupon_use", r_coupon, (
    "forgot my {c}{off} off voucher! what would the total have been with it?|"
    "total after a {off} {cw} discount voucher?"))
fam_friend_owes = F("friend_owes", r_friend, (
    "mine were the {a} and the {b}. my mate pays for the rest - how much is his share?|"
    "Everything except the {a} and the {b} is my roommate's. What does she owe?"))
fam_afford_many = F("afford_many", r_afford, (
    "for a party: how many {low} can I get with {budget} {cw} at this price?|"
    "{c}{budget} budget, same price as on the receipt - how many {low} max?"))
fam_cheap_two = F("cheap_two", r_two_cheapest, (
    "sum of the two lowest-priced items?|cheapest two things added together?"))
fam_vat_part = F("vat_part", r_vat_inside, (
    "how much VAT did I pay? the total includes VAT at {pct}%. to the cent|"
    "VAT is {pct}% and already in the total - VAT amount please (2 dp)"))
fam_pre_vat_net = F("pre_vat_net", r_pre_vat, (
    "total without the {pct}% VAT that's included in it? round to cents|"
    "Strip the VAT out ({pct}%, included): what's the net total to the cent?"))
fam_weeks_cost = F("weeks_cost", r_weeks, (
    "same shopping every week for {n} weeks - how much altogether?|"
    "what would {n} weeks of this receipt cost me?"))
fam_range_gap = F("range_gap", r_range, (
    "price gap between the dearest and the cheapest item?|max price minus min price on here?"))
fam_points_card = F("points_card", r_points, (
    "{k} points per full unit spent (round the total down). points earned on this?|"
    "Loyalty: {k} pts for each whole {c} of the total. How many points?"))
fam_mine_share_pay = F("mine_share_pay", r_mine_share, (
    "the {low} was just mine, everything else we split {n} ways. my total? nearest cent|"
    "I pay the {name} alone plus my 1/{n} of the rest. How much do I pay (to the cent)?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_total_formal, fam_total_words, fam_total_refund, fam_line_typo, fam_line_reimburse,
    fam_count_bag, fam_max_name_gift, fam_min_name_cheap, fam_second_cost, fam_max_price_only,
    fam_min_price_only, fam_tip_us, fam_tip_amount_only, fam_tax_added, fam_tax_amount,
    fam_disc_member, fam_disc_saving, fam_split_dinner, fam_split_tip_group, fam_convert_card,
    fam_change_cash, fam_shop_name, fam_diff_compare, fam_pair_mine, fam_avg_item,
    fam_without_return, fam_double_more, fam_over_count, fam_share_item, fam_budget_over,
    fam_coupon_use, fam_friend_owes, fam_afford_many, fam_cheap_two, fam_vat_part,
    fam_pre_vat_net, fam_weeks_cost, fam_range_gap, fam_points_card, fam_mine_share_pay)]
