"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 6: more ways of asking
about signs and screenshots."""

from __future__ import annotations

from bench.data.agents.heldout22_read import F
from bench.data.agents.heldout22_read_3 import (
                                                 s_bus,
                                                 s_close,
                                                 s_fuel,
                                                 s_gate,
                                                 s_happy,
                                                 s_height,
                                                 s_hours_long,
                                                 s_items,
                                                 s_open,
                                                 s_parking,
                                                 s_persons,
                                                 s_platform,
                                                 s_price_n,
                                                 s_room,
                                                 s_sale,
                                                 s_sale_pct,
                                                 s_speed,
                                                 s_speed_kmh,
                                                 s_tickets,
                                                 s_train_wait,
                                                 s_until_close,
                                                 s_until_open,
                                                 s_week_hours,
                                                 s_weight,
                                                 s_words,
)
from bench.data.agents.heldout22_read_4 import (
                                                 k_avg,
                                                 k_balance,
                                                 k_balance_after,
                                                 k_date,
                                                 k_days,
                                                 k_delivered,
                                                 k_due_amount,
                                                 k_due_days,
                                                 k_eta,
                                                 k_flight,
                                                 k_interest,
                                                 k_max_amount,
                                                 k_max_payee,
                                                 k_min_payee,
                                                 k_net,
                                                 k_order,
                                                 k_payee_amount,
                                                 k_ref,
                                                 k_rows,
                                                 k_screen,
                                                 k_split_bill,
                                                 k_status,
                                                 k_steps,
                                                 k_steps_avg,
                                                 k_sub_year,
                                                 k_sum,
                                                 k_temp_range,
                                                 k_unread,
)
from bench.data.agents.helpers import Family

fam_words_tourist = F("words_tourist", s_words, (
    "Saw this sign on my walk - what does it say exactly?|transcribe the sign please"))
fam_hours_shift = F("hours_shift", s_hours_long, (
    "if someone works the whole opening time, how long is their shift?|"
    "total hours open per day according to the sign?"))
fam_close_last = F("close_last", s_close, (
    "last chance to go today is what time?|till what time are they open"))
fam_open_early = F("open_early", s_open, (
    "earliest I can go in?|from what time are they open?"))
fam_until_close_now = F("until_close_now", s_until_close, (
    "clock says {now}. minutes left before it closes?|"
    "I get there at {now} - how long can I stay until closing?"))
fam_until_open_wait = F("until_open_wait", s_until_open, (
    "arrived at {now}, too early. how long to wait?|at {now}, how long before opening"))
fam_week_total = F("week_total", s_week_hours, (
    "total weekly opening hours from this sign? (Sunday closed)|"
    "How many hours a week are they open in all?"))
fam_platform_city = F("platform_city", s_platform, (
    "I need the {city} train - platform?|Where do trains to {city} leave from? number only"))
fam_room_visit = F("room_visit", s_room, (
    "visiting {who}, which room?|room no. for {who}?"))
fam_speed_check = F("speed_check", s_speed, (
    "what's the limit on this road sign?|max speed here?"))
fam_speed_convert = F("speed_convert", s_speed_kmh, (
    "convert this mph limit to km per hour (1 mile = 1.609 km), round to 1 decimal|"
    "limit in kmh? 1 mi is 1.609 km. one decimal place"))
fam_lift_people = F("lift_people", s_weight, (
    "average adult {per} kg - how many can ride at once without going over the max load?|"
    "How many {per}-kilo people fit the weight limit?"))
fam_persons_room = F("persons_room", s_persons, (
    "how many people can be in here at the same time?|max occupancy?"))
fam_price_round = F("price_round", s_price_n, (
    "buying a round: {k} {thing}s at this price, total?|{kw} of them please - cost?"))
fam_parking_day = F("parking_day", s_parking, (
    "parking from 9 until {h} hours later - what do I pay at this hourly rate?|"
    "{h} hours at the rate on the sign?"))
fam_sale_price = F("sale_price", s_sale, (
    "shoes were ${orig}, what are they in this sale?|"
    "original price ${orig}. price after the % off on the sign?"))
fam_sale_how = F("sale_how", s_sale_pct, (
    "what percentage off is advertised?|how big is the discount? percent"))
fam_train_minutes = F("train_minutes", s_train_wait, (
    "now {now}. wait time for the next train?|how long from {now} until the train on the board?"))
fam_gate_board = F("gate_board", s_gate, "gate for my flight?|where do I board, which gate")
fam_bus_which = F("bus_which", s_bus, "which bus route number is on this sign?|what number bus?")
fam_items_express = F("items_express", s_items, (
    "basket has {have} items. how many should I take out to use this lane?|"
    "{have} items - how many over the express limit?"))
fam_tickets_family = F("tickets_family", s_tickets, (
    "family day out: {na} adult and {nc} child tickets. total cost?|"
    "cost for {naw} adults plus {ncw} children?"))
fam_fuel_fill = F("fuel_fill", s_fuel, (
    "filling up {l} litres, what's the cost? 2 decimals|price for {l}L of this fuel, nearest "
    "cent?"))
fam_happy_long = F("happy_long", s_happy, "how many hours is happy hour?|length of happy hour?")
fam_height_van = F("height_van", s_height, (
    "clearance limit on this sign?|what's the max headroom it says?"))
fam_order_no = F("order_no", k_order, "order no.?|which order number is this one?")
fam_order_when = F("order_when", k_date, (
    "what day did I order this?|date the order was placed?"))
fam_status_now = F("status_now", k_status, "status?|where's my order at - what does it say?")
fam_balance_now = F("balance_now", k_balance, (
    "how much money have I got according to this?|Current balance?"))
fam_balance_pay = F("balance_pay", k_balance_after, (
    "after a ${pay} payment, what's my balance?|balance minus ${pay}?"))
fam_rows_count = F("rows_count", k_rows, (
    "number of transactions on this screen?|how many payments went out here?"))
fam_sum_all = F("sum_all", k_sum, "sum of the amounts?|total of everything shown?")
fam_max_tx = F("max_tx", k_max_amount, (
    "largest transaction amount?|what's my biggest spend on this list?"))
fam_max_who = F("max_who", k_max_payee, (
    "which merchant took the most?|biggest payment went to who?"))
fam_min_who = F("min_who", k_min_payee, (
    "smallest transaction - which merchant?|who got the smallest payment?"))
fam_payee_how = F("payee_how", k_payee_amount, (
    "what did {who} take from my account?|amount paid to {who}?"))
fam_avg_payment = F("avg_payment", k_avg, (
    "average of these transactions, to the cent?|mean spend per transaction? nearest cent"))
fam_days_delivery = F("days_delivery", k_days, (
    "how long did shipping take (days)?|number of days between the two dates shown?"))
fam_due_left = F("due_left", k_due_days, (
    "how many days till the due date if today is {today}?|"
    "Today's {today}. days remaining to pay?"))
fam_due_fee = F("due_fee", k_due_amount, (
    "amount due plus a {fee} dollar late fee?|with a ${fee} penalty, what's owed?"))
fam_sub_annual = F("sub_annual", k_sub_year, (
    "annual cost of this subscription?|per year, how much is this at the monthly price?"))
fam_steps_total = F("steps_total", k_steps, (
    "total step count from my fitness app?|how many steps all together?"))
fam_steps_mean = F("steps_mean", k_steps_avg, (
    "mean steps per day this week, whole number?|average daily steps, rounded to the nearest "
    "step?"))
fam_temp_gap = F("temp_gap", k_temp_range, (
    "gap between the high and low temperature?|how much does it cool down, high to low?"))
fam_unread_mail = F("unread_mail", k_unread, "unread messages?|how many emails haven't I read?")
fam_delivered_n = F("delivered_n", k_delivered, (
    "number of delivered orders?|how many say Delivered?"))
fam_net_gap = F("net_gap", k_net, (
    "money in minus money out - size of the difference?|net difference between in and out?"))
fam_ref_code = F("ref_code", k_ref, "reference number on this payment?|what's the ref?")
fam_screen_total = F("screen_total", k_screen, (
    "total screen time shown, in hours and minutes?|how long was I on my phone in total?"))
fam_flight_new = F("flight_new", k_flight, (
    "my flight's delayed - new departure time?|departure + delay = what time?"))
fam_eta_when = F("eta_when", k_eta, "delivery date on this?|what day does it come?")
fam_interest_year = F("interest_year", k_interest, (
    "interest earned in one year at the rate shown? simple, no compounding|"
    "how much interest in 12 months, simple interest on the current balance?"))
fam_split_share = F("split_share", k_split_bill, (
    "{n} of us share this bill equally. my share? nearest cent|bill / {n} = ? to the cent"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_words_tourist, fam_hours_shift, fam_close_last, fam_open_early, fam_until_close_now,
    fam_until_open_wait, fam_week_total, fam_platform_city, fam_room_visit, fam_speed_check,
    fam_speed_convert, fam_lift_people, fam_persons_room, fam_price_round, fam_parking_day,
    fam_sale_price, fam_sale_how, fam_train_minutes, fam_gate_board, fam_bus_which,
    fam_items_express, fam_tickets_family, fam_fuel_fill, fam_happy_long, fam_height_van,
    fam_order_no, fam_order_when, fam_status_now, fam_balance_now, fam_balance_pay,
    fam_rows_count, fam_sum_all, fam_max_tx, fam_max_who, fam_min_who, fam_payee_how,
    fam_avg_payment, fam_days_delivery, fam_due_left, fam_due_fee, fam_sub_annual,
    fam_steps_total, fam_steps_mean, fam_temp_gap, fam_unread_mail, fam_delivered_n,
    fam_net_gap, fam_ref_code, fam_screen_total, fam_flight_new, fam_eta_when,
    fam_interest_year, fam_split_share)]
