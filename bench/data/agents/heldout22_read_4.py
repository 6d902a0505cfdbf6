"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 4: app screenshots
(orders, dates, statuses, balances, rows, sums)."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout22_read import (
    EN,
    MONTHS,
    F,
    Made,
    clock,
    count,
    date_forms,
    days,
    hm,
    money,
    number,
    shot,
    span,
)
from bench.data.agents.helpers import Family

STATUSES = ["Shipped", "Delivered", "Pending", "Cancelled", "Processing", "Refunded",
            "Returned", "Dispatched"]
PAYEES = ["Tesco", "Netflix", "Uber", "Shell", "Amazon", "Spotify", "Boots", "Costa",
          "Gym Co", "Water Bill", "Deliveroo", "IKEA", "Zara", "Trainline"]
SHOPS = ["ShopNow", "QuickCart", "HomeGoods", "TechZone", "BookHub", "StyleBox"]


def day(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(0, 330))


def nice(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def k_order(rng: random.Random) -> Made:
    n = rng.randint(100000, 999999)
    d = day(rng)
    rows = [f"Order #{n}", f"Placed: {nice(d)}", f"Status: {rng.choice(STATUSES)}",
            f"Total: ${rng.randint(500, 20000) / 100:.2f}"]
    return shot(rng, rng.choice(SHOPS), rows), {}, [[str(n)]]


def k_date(rng: random.Random) -> Made:
    d = day(rng)
    rows = [f"Order #{rng.randint(100000, 999999)}", f"Placed: {nice(d)}",
            f"Status: {rng.choice(STATUSES)}"]
    return shot(rng, rng.choice(SHOPS), rows), {}, [date_forms(d)]


def k_status(rng: random.Random) -> Made:
    st = rng.choice(STATUSES)
    rows = [f"Order #{rng.randint(100000, 999999)}", f"Placed: {nice(day(rng))}",
            f"Status: {st}"]
    return shot(rng, rng.choice(SHOPS), rows), {}, [[st]]


def k_balance(rng: random.Random) -> Made:
    bal = rng.randint(1000, 900000)
    rows = [f"Account ****{rng.randint(1000, 9999)}", f"Balance: ${bal / 100:,.2f}",
            f"Updated {nice(day(rng))}"]
    return shot(rng, "My Bank", rows), {}, [money(bal, True)]


def k_balance_after(rng: random.Random) -> Made:
    bal = rng.randint(20000, 500000)
    pay = rng.randint(1000, 19999)
    rows = [f"Account ****{rng.randint(1000, 9999)}", f"Balance: ${bal / 100:,.2f}"]
    return shot(rng, "My Bank", rows), {"pay": f"{pay / 100:.2f}"}, [money(bal - pay, True)]


def tx(rng: random.Random, n: tuple[int, int] = (3, 8)) -> tuple[list[str], list[tuple[str, int]]]:
    k = rng.randint(*n)
    names = rng.sample(PAYEES, k)
    amounts = rng.sample(range(250, 15000), k)
    pairs = list(zip(names, amounts, strict=True))
    return [f"{p}   -${a / 100:.2f}" for p, a in pairs], pairs


def k_rows(rng: random.Random) -> Made:
    rows, pairs = tx(rng, (3, 10))
    return shot(rng, "Recent transactions", rows), {}, [count(len(pairs))]


def k_sum(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    return shot(rng, "Recent transactions", rows), {}, [money(sum(a for _, a in pairs), True)]


def k_max_amount(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    return shot(rng, "Recent transactions", rows), {}, [money(max(a for _, a in pairs), True)]


def k_max_payee(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    return shot(rng, "Recent transactions", rows), {}, [[max(pairs, key=lambda x: x[1])[0]]]


def k_min_payee(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    return shot(rng, "Recent transactions", rows), {}, [[min(pairs, key=lambda x: x[1])[0]]]


def k_payee_amount(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    name, a = rng.choice(pairs)
    return shot(rng, "Recent transactions", rows), {"who": name}, [money(a, True)]


def k_avg(rng: random.Random) -> Made:
    rows, pairs = tx(rng)
    return (shot(rng, "Recent transactions", rows), {},
            [money(Fraction(sum(a for _, a in pairs), len(pairs)), True)])


def k_days(rng: random.Random) -> Made:
    a = day(rng)
    b = a + dt.timedelta(days=rng.randint(2, 40))
    rows = [f"Order #{rng.randint(100000, 999999)}", f"Ordered: {nice(a)}", f"Delivered: {nice(b)}"]
    return shot(rng, rng.choice(SHOPS), rows), {}, [days((b - a).days)]


def k_due_days(rng: random.Random) -> Made:
    due = day(rng) + dt.timedelta(days=50)
    today = due - dt.timedelta(days=rng.randint(2, 45))
    if today.year != due.year:  # audit: requests say "(same year)"
        return None
    amt = rng.randint(2000, 40000)
    rows = [f"Amount due: ${amt / 100:.2f}", f"Due date: {nice(due)}", "Status: Unpaid"]
    title = rng.choice(["Electric Co", "Phone Bill", "Council Tax", "Credit Card"])
    return shot(rng, title, rows), {
        "today": f"{MONTHS[today.month - 1]} {today.day}"}, [days((due - today).days)]


def k_due_amount(rng: random.Random) -> Made:
    due = day(rng)
    amt = rng.randint(2000, 40000)
    fee = rng.choice([5, 10, 15, 25])
    rows = [f"Amount due: ${amt / 100:.2f}", f"Due date: {nice(due)}", "Status: Unpaid"]
    return shot(rng, "Phone Bill", rows), {"fee": fee}, [money(amt + fee * 100, True)]


def k_sub_year(rng: random.Random) -> Made:
    p = rng.randint(399, 2499)
    name = rng.choice(["StreamPlus", "MusicMax", "CloudBox", "FitApp", "NewsDaily", "GameHub"])
    rows = [f"Plan: {rng.choice(['Basic', 'Standard', 'Premium'])}", f"Price: ${p / 100:.2f}/month",
            f"Renews {nice(day(rng))}"]
    return shot(rng, name, rows), {}, [money(p * 12, True)]


def k_steps(rng: random.Random) -> Made:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    k = rng.randint(3, 7)
    steps = [rng.randint(2000, 15000) for _ in range(k)]
    rows = [f"{d}: {s:,} steps" for d, s in zip(wd, steps, strict=False)]
    return shot(rng, "Activity", rows), {}, [number(sum(steps))]


def k_steps_avg(rng: random.Random) -> Made:
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(2000, 15000) for _ in range(7)]
    rows = [f"{d}: {s:,} steps" for d, s in zip(wd, steps, strict=True)]
    return shot(rng, "Activity", rows), {}, [number(Fraction(sum(steps), 7))]


def k_temp_range(rng: random.Random) -> Made:
    hi = rng.randint(5, 34)
    lo = hi - rng.randint(3, 15)
    if lo == 0 or hi - lo == abs(lo):  # audit: the gap would equal a figure printed on screen
        return None
    rows = [rng.choice(["London", "Paris", "Madrid", "Berlin", "Dublin"]), f"High: {hi}°C",
            f"Low: {lo}°C", rng.choice(["Sunny", "Cloudy", "Showers", "Windy"])]
    return shot(rng, "Weather", rows), {}, [[f"{hi - lo}°", f"{hi - lo} degrees", f"{hi - lo}°C",
                                             f"{hi - lo} °C", f"{hi - lo}C",
                                             f"{hi - lo}-degree"]]


def k_unread(rng: random.Random) -> Made:
    n = rng.randint(2, 140)
    rows = [f"Unread: {n}", f"Sent: {rng.randint(150, 900)}", f"Drafts: {rng.randint(0, 9)}"]
    return shot(rng, "Mail", rows), {}, [[str(n)]]


def k_delivered(rng: random.Random) -> Made:
    k = rng.randint(4, 9)
    st = [rng.choice(["Delivered", "Shipped", "Pending"]) for _ in range(k)]
    rows = [f"#{rng.randint(10000, 99999)}  {s}" for s in st]
    return shot(rng, "My orders", rows), {}, [count(st.count("Delivered"))]


def k_net(rng: random.Random) -> Made:
    inc, out = rng.randint(150000, 600000), rng.randint(50000, 500000)
    rows = [f"Money in: ${inc / 100:,.2f}", f"Money out: ${out / 100:,.2f}"]
    return shot(rng, f"{rng.choice(MONTHS)} summary", rows), {}, [money(abs(inc - out), True)]


def k_ref(rng: random.Random) -> Made:
    letters = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    ref = f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1000, 99999)}"
    paid = rng.randint(500, 90000) / 100
    rows = [f"Paid ${paid:.2f}", f"To: {rng.choice(PAYEES)}", f"Ref: {ref}"]
    return shot(rng, "Payment sent", rows), {}, [[ref]]


def k_screen(rng: random.Random) -> Made:
    apps = rng.sample(["YouTube", "WhatsApp", "Instagram", "Chrome", "TikTok", "Maps", "Mail"], 4)
    mins = [rng.randint(5, 150) for _ in apps]
    rows = [f"{a}: {m} min" for a, m in zip(apps, mins, strict=True)]
    return shot(rng, "Screen time", rows), {}, [span(sum(mins))]


def k_flight(rng: random.Random) -> Made:
    dep = rng.randrange(6 * 60, 22 * 60, 5)
    delay = rng.randrange(15, 180, 5)
    rows = [f"Flight {rng.choice(['BA', 'LH', 'AF', 'EZ', 'FR'])}{rng.randint(100, 999)}",
            f"Departs: {hm(dep)}", f"Delayed {delay} min"]
    return shot(rng, "Flight status", rows), {}, [clock(dep + delay)]


def k_eta(rng: random.Random) -> Made:
    d = day(rng)
    rows = [f"Order #{rng.randint(100000, 999999)}", "Out for delivery",
            f"Arriving {d.strftime('%A')} {nice(d)}"]
    return shot(rng, rng.choice(SHOPS), rows), {}, [date_forms(d)]


def k_interest(rng: random.Random) -> Made:
    bal = rng.randint(100000, 2000000)
    rate = rng.choice([2, 3, 4, 5])
    rows = ["Easy Saver", f"Balance: ${bal / 100:,.2f}", f"Interest: {rate}% AER"]
    return shot(rng, "Savings", rows), {"rate": rate}, [money(Fraction(bal * rate, 100), True)]


def k_split_bill(rng: random.Random) -> Made:
    amt = rng.randint(3000, 30000)
    n = rng.randint(2, 6)
    rows = [f"Amount due: ${amt / 100:.2f}", f"Due date: {nice(day(rng))}"]
    return (shot(rng, rng.choice(["Internet Bill", "Electric Co", "Water Co"]), rows),
            {"n": n, "nw": EN[n]}, [money(Fraction(amt, n), True)])


fam_order = F("order", k_order, (
    "what's the order number?|order number pls|Can you read me the order # from this screenshot?"))
fam_order_support = F("order_support", k_order, (
    "customer service is asking for my order number, what is it?|"
    "the chat bot wants the order no. - what is it on this screen?"))
fam_order_date = F("order_date", k_date, (
    "when did I place this order?|what date is on this order?|Order date?"))
fam_status = F("status", k_status, (
    "what's the status of my order?|has it shipped? what does the status say|Order status?"))
fam_status_worried = F("status_worried", k_status, (
    "still no parcel... what's the current status in the app?|"
    "Can you check what the status line says on this screenshot?"))
fam_balance = F("balance", k_balance, (
    "what's my balance?|how much is in the account?|Balance on this screen?"))
fam_balance_after = F("balance_after", k_balance_after, (
    "if I pay ${pay} now, what will the balance be?|"
    "Rent of ${pay} is about to leave this account. What's left after?"))
fam_rows = F("rows", k_rows, (
    "how many transactions are shown?|count the payments in this screenshot|"
    "How many rows are in this list?"))
fam_sum = F("sum", k_sum, (
    "add up all these payments|what's the total of the transactions shown?|"
    "How much did I spend in total across these?"))
fam_sum_partner = F("sum_partner", k_sum, (
    "my partner sent me this screenshot - what's the sum of all the amounts on it?|"
    "total spending on this list please"))
fam_max_amount = F("max_amount", k_max_amount, (
    "biggest payment on here?|what's the largest amount shown?"))
fam_max_payee = F("max_payee", k_max_payee, (
    "who did I pay the most?|Which payee got the biggest payment?|where did the most money go?"))
fam_min_payee = F("min_payee", k_min_payee, (
    "which payment was the smallest? who to?|Who got the least money from me here?"))
fam_payee_amount = F("payee_amount", k_payee_amount, (
    "how much did I pay {who}?|what was the {who} payment?|{who} charge amount?"))
fam_avg_tx = F("avg_tx", k_avg, (
    "average transaction amount? round to the cent|"
    "What's the mean of these payments (nearest cent)?"))
fam_days = F("days", k_days, (
    "how many days did delivery take?|how long between ordering and delivery, in days?|"
    "Days from order to delivery?"))
fam_due_days = F("due_days", k_due_days, (
    "today is {today}. how many days until this bill is due?|"
    "It's {today} (same year). Days left before the due date?"))
fam_due_late = F("due_late", k_due_amount, (
    "if I pay late there's a ${fee} fee. what would I owe then?|"
    "Missed it - late fee is {fee} dollars on top. New total?"))
fam_sub_year = F("sub_year", k_sub_year, (
    "how much does this subscription cost per year?|"
    "What's 12 months of this plan going to cost me?|yearly cost of this sub?"))
fam_steps = F("steps", k_steps, (
    "how many steps in total on this screen?|add up my steps|"
    "Total steps across the days shown?"))
fam_steps_avg = F("steps_avg", k_steps_avg, (
    "what's my average daily step count this week? round to a whole number|"
    "Average steps per day (nearest whole step)?"))
fam_temp_range = F("temp_range", k_temp_range, (
    "what's the difference between the high and the low?|"
    "How many degrees between today's max and min?"))
fam_unread = F("unread", k_unread, "how many unread emails do I have?|Unread count?")
fam_delivered = F("delivered", k_delivered, (
    "how many of these orders are delivered?|Count the orders marked Delivered"))
fam_net = F("net", k_net, (
    "what's the difference between money in and money out?|"
    "How much more came in than went out (or the other way)? Just the gap"))
fam_ref = F("ref", k_ref, (
    "what's the payment reference?|ref code?|Can you read the reference on this payment?"))
fam_screen = F("screen", k_screen, (
    "how much screen time is that in total?|add up the time on these apps|"
    "Total time on my phone from this screenshot?"))
fam_flight = F("flight", k_flight, (
    "with the delay, what time does it leave now?|What's the new departure time?|"
    "when's it actually departing"))
fam_eta = F("eta", k_eta, "when is my parcel arriving?|what date is delivery?|Arrival date?")
fam_interest = F("interest", k_interest, (
    "how much interest would I get in a year at that rate? (simple interest, balance unchanged)|"
    "One year's interest on this balance at the rate shown, no compounding?"))
fam_split_bill = F("split_bill", k_split_bill, (
    "we split this bill {n} ways. how much each? round to the cent|"
    "{nw} housemates share this equally. Each pays? nearest cent"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_order, fam_order_support, fam_order_date, fam_status, fam_status_worried, fam_balance,
    fam_balance_after, fam_rows, fam_sum, fam_sum_partner, fam_max_amount, fam_max_payee,
    fam_min_payee, fam_payee_amount, fam_avg_tx, fam_days, fam_due_days, fam_due_late,
    fam_sub_year, fam_steps, fam_steps_avg, fam_temp_range, fam_unread, fam_delivered, fam_net,
    fam_ref, fam_screen, fam_flight, fam_eta, fam_interest, fam_split_bill)]
