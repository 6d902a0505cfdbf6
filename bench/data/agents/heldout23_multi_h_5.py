"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 5: sales tax, change from twenties, shared items, lunches, happy hour, bridge and lunch-break signs, taxi and recipe screens, gym plans, roots, slopes, areas and savings charts."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    span,
    till,
)
from bench.data.agents.helpers import Family


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def receipt_sales_tax_split(rng):
    names = rng.sample(["Detergent", "Paper Towels", "Sponges", "Bin Bags", "Dish Soap", "Bleach", "Light Bulbs"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Home Depot", "Dollar Plus", "Target"]), names, 199, 1899)
    tax = rng.choice(["8.875", "7.25", "6.5", "8.25", "9.5"])
    n = rng.choice([2, 3, 4])
    tot = F(sum(cents), 100) * (1 + F(tax) / 100)
    each = rnd(tot) / n
    if near(tot) or near(each) or rnd(each) != rnd(tot / n):
        return None
    t = rng.choice([
        f"These prices are before sales tax. With {tax}% tax added, what's the total? And split between {n} roommates?",
        f"add {tax}% sales tax to this receipt total, then divide by {n}",
        f"Household stuff for the flat - total incl. {tax}% tax please, and each person's share ({n} of us)",
    ])
    return t, [num(tot), num(each)], {"image": recipe}


@fam
def two_twenties_change_gbp(rng):
    names = rng.sample(["Popcorn", "Nachos", "Cola", "Hot Dog", "Candy", "Slushie", "Pretzel"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Reel Foods", "Star Cinema", "Odeon Snacks"]), names, 250, 1200)
    if sum(cents) >= 4000:
        return None
    rs = rng.choice(["0.79", "0.78", "0.8", "0.76", "0.77"])
    tot = F(sum(cents), 100)
    gbp = tot * F(rs)
    if near(gbp):
        return None
    t = rng.choice([
        f"I paid for these snacks with two twenties. How much change should I get, and what did the snacks cost in pounds at 1 USD = {rs} GBP?",
        f"change from $40 (two $20 bills) for this receipt? also total in GBP, rate {rs}",
    ])
    return t, [num(40 - tot), num(gbp)], {"image": recipe}


@fam
def all_but_one_owed(rng):
    names = rng.sample(["Pasta", "Sauce", "Wine", "Bread", "Salad", "Cheese", "Dessert", "Olives"], rng.randint(3, 5))
    recipe, cents = till(rng, rng.choice(["Deli Bros", "Food Hall", "Village Shop"]), names, 150, 1900)
    pick = rng.randrange(len(names))
    owed = F(sum(cents) - cents[pick], 100)
    half = F(cents[pick], 200)
    if near(half):
        return None
    t = rng.choice([
        f"My flatmate owes me for everything on this receipt except the {names[pick].lower()}, which we're splitting 50/50. How much for the rest, and what's half the {names[pick].lower()}?",
        f"total of all items except {names[pick]}? and half of the {names[pick]} price",
    ])
    return t, [num(owed), num(half)], {"image": recipe}


@fam
def weekday_lunch_month(rng):
    names = rng.sample(["Sandwich", "Soup", "Coffee", "Cookie", "Fruit Cup", "Wrap", "Smoothie"], rng.randint(2, 3))
    recipe, cents = till(rng, rng.choice(["Pret Stop", "Lunch Box", "Daily Deli"]), names, 120, 900, cur="€")
    days = rng.choice([19, 20, 21, 22, 23])
    rs = rng.choice(["1.08", "1.1", "1.12", "1.15"])
    mo = F(sum(cents) * days, 100)
    usd = mo * F(rs)
    if near(usd):
        return None
    t = rng.choice([
        f"I buy exactly this lunch every working day. There are {days} working days this month - what does that come to, and what's it in USD at 1 EUR = {rs} USD?",
        f"same order x {days} weekdays = ? euros. in dollars at {rs}?",
    ])
    return t, [num(mo), num(usd)], {"image": recipe}


@fam
def happy_hour_sign(rng):
    sh_ = rng.choice([16, 17, 18])
    ln = rng.choice([2, 3])
    price = F(rng.choice([250, 300, 350, 400, 450, 500]), 100)
    recipe = board(rng, ["HAPPY HOUR", f"{sh_}:00 - {sh_ + ln}:00", f"DRINKS {dp(price)}"])
    arr = sh_ * 60 + rng.randint(5, ln * 60 - 10)
    drinks = rng.randint(4, 14)
    if drinks * price in (sh_ * 60 + ln * 60 - arr, sh_, sh_ + ln):
        return None
    ah, am = divmod(arr, 60)
    t = rng.choice([
        f"We get to the bar at {ah}:{am:02d}. How much happy hour is left, and what do {drinks} drinks cost at the happy hour price?",
        f"arriving {ah - 12}:{am:02d}pm - minutes of happy hour remaining? cost of {drinks} drinks at the sign's price?",
    ])
    return t, [span(sh_ * 60 + ln * 60 - arr), num(drinks * price)], {"image": recipe}


@fam
def bridge_weight_limit(rng):
    lim = F(rng.choice([35, 55, 75, 100, 120]), 10)
    recipe = board(rng, ["WEAK BRIDGE", f"MAX WEIGHT {sh(lim)} T"])
    van = rng.randint(1800, 4200)
    load = rng.randint(200, 1500)
    tot = van + load
    if tot >= lim * 1000:
        return None
    t = rng.choice([
        f"My van weighs {van:,} kg and I'm carrying {load} kg. What's the total in tonnes, and how many kg under this sign's limit am I?",
        f"van {van}kg + cargo {load}kg -> tonnes? margin below the limit on this sign, in kg?",
    ])
    return t, [unit(F(tot, 1000), ["t", "tonnes", "tons"], 3), unit(lim * 1000 - tot, ["kg"], 0)], {"image": recipe}


@fam
def lunch_closed_sign(rng):
    s = rng.choice([12 * 60, 12 * 60 + 15, 12 * 60 + 30, 13 * 60])
    ln = rng.choice([30, 45, 60, 75, 90])
    e = s + ln
    recipe = board(rng, ["BACK SOON", f"CLOSED {s // 60}:{s % 60:02d} - {e // 60}:{e % 60:02d}"])
    now = s + rng.randint(3, ln - 3)
    t = rng.choice([
        f"It's {now // 60}:{now % 60:02d} and the post office has this sign up. How long do I have to wait until it reopens, and how long is the break altogether?",
        f"now {now // 60}:{now % 60:02d}. wait time till they reopen? total length of the closure?",
    ])
    return t, [span(e - now), span(ln)], {"image": recipe}


@fam
def taxi_arrival_tip(rng):
    ph, pm = rng.randint(6, 22), rng.randint(0, 59)
    trip = rng.randint(12, 75)
    fare = F(rng.randint(1200, 6500), 100)
    tip = rng.choice([10, 12, 15, 18, 20])
    recipe = screen(rng, "Your ride", [f"Pickup: {ph:02d}:{pm:02d}", f"Trip time: {trip} min", f"Fare: {dp(fare)}"])
    tot = fare * (100 + tip) / 100
    if near(tot):
        return None
    t = rng.choice([
        f"What time will I arrive according to this ride screen? And the fare with a {tip}% tip?",
        f"eta from pickup + trip time? fare plus {tip} percent tip?",
    ])
    return t, [clock(ph * 60 + pm + trip), num(tot)], {"image": recipe}


@fam
def recipe_app_scale(rng):
    sv = rng.choice([2, 4, 6])
    flour = rng.choice([240, 300, 320, 360, 400])
    butter = rng.choice([100, 110, 125, 150, 180, 200])
    sugar = rng.choice([80, 100, 150, 175])
    to = rng.choice([x for x in (3, 5, 8, 9, 10, 12) if x != sv])
    recipe = screen(rng, "Lemon cake", [f"Servings: {sv}", f"Flour: {flour} g", f"Sugar: {sugar} g", f"Butter: {butter} g"])
    nf = F(flour * to, sv)
    nb = F(butter * to, sv) / F("28.35")
    if near(nf, 0) or near(nb, 1) or nf in (flour, sugar, butter):
        return None
    t = rng.choice([
        f"I want to make this for {to}. How much flour (nearest gram), and how much butter in ounces (28.35 g per oz, 1 dp)?",
        f"scale this recipe to {to} servings: flour in g (nearest gram)? butter in oz at 28.35 g/oz (1 dp)?",
    ])
    return t, [unit(nf, ["g", "grams"], 0), unit(nb, ["oz", "ounces"], 1)], {"image": recipe}


@fam
def gym_plan_per_visit(rng):
    mo = F(rng.randint(1999, 5999), 100)
    join = rng.choice([0, 25, 35, 49, 50])
    visits = rng.randint(2, 5)
    recipe = screen(rng, "Membership", [f"Monthly: {dp(mo)}", f"Joining fee: {join}.00", "Minimum term: 12 months"])
    yr = mo * 12 + join
    per = yr / (visits * 52)
    if near(per):
        return None
    t = rng.choice([
        f"What would the first year cost me on this plan, including joining? If I go {visits} times a week for 52 weeks, what's that per visit?",
        f"first-year total for this gym? cost per visit at {visits} visits/week (52 weeks)?",
    ])
    return t, [num(yr), num(per)], {"image": recipe}


@fam
def scaled_square_roots_plot(rng):
    a = rng.choice([2, 3, 4, 5])
    r = rng.randint(1, 10)
    c = a * r * r
    t = rng.choice([
        f"plot y = {a}x^2 - {c} and find where it crosses the x-axis",
        f"Where is {a}x^2 - {c} equal to zero? Graph it as well please",
        f"solve {a}x^2 = {c} and draw y = {a}x^2 - {c}",
    ])
    return t, [[f"x = {r}", f"x={r}", f"±{r}", f"x = ±{r}"], [f"x = -{r}", f"x=-{r}", f"±{r}", f"x = ±{r}", f", -{r}", f"or -{r}"], PLOT]


@fam
def slope_at_point_plot(rng):
    b = rng.choice([-6, -4, -2, 2, 4, 6])
    x0 = rng.randint(-3, 6)
    slope = 2 * x0 + b
    e = f"x^2 {'+' if b > 0 else '-'} {abs(b)}x"
    k = rng.randrange(2)
    t = [
        f"what's the slope of y = {e} at x = {x0}? and plot the curve",
        f"Differentiate {e}, tell me the gradient at x={x0}, and draw y = {e}.",
    ][k]
    at = [f"slope is {slope}", f"slope of {slope}", f"gradient is {slope}", f"gradient of {slope}", f"slope = {slope}", f"gradient = {slope}"] + ([f"= {slope}"] if slope != x0 else [])
    deriv = [f"2x {'+' if b > 0 else '-'} {abs(b)}", f"{b} + 2x"]
    return t, ([deriv] if k else []) + [at, PLOT]


@fam
def area_under_line_plot(rng):
    m = rng.choice([1, 2, 3, 4])
    c = rng.randint(1, 6)
    a = rng.randint(2, 7)
    val = F(m * a * a, 2) + c * a
    lead = "x" if m == 1 else f"{m}x"
    t = rng.choice([
        f"integrate {lead} + {c} from 0 to {a}, and plot y = {lead} + {c}",
        f"What's the area under y = {lead} + {c} between x = 0 and x = {a}? Show a graph too.",
    ])
    return t, [[f"= {sh(val)}", f"is {sh(val)}", f"area of {sh(val)}", f"{sh(val)} square units", f"{sh(val)} units"], PLOT]


@fam
def savings_chart_usd(rng):
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"][: rng.randint(4, 7)]
    amt = [rng.randint(40, 400) for _ in mo]
    rs = rng.choice(["1.27", "1.25", "1.3", "1.26"])
    usd = sum(amt) * F(rs)
    lst = "\n".join(f"{m}: £{a}" for m, a in zip(mo, amt, strict=True))
    t = rng.choice([
        f"Here's what I saved each month:\n{lst}\nCan you plot it, and what's the total in dollars at £1 = ${rs}?",
        f"savings by month (GBP) -\n{lst}\nchart + total converted to USD at {rs}",
    ])
    return t, [PLOT, num(usd)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_sales_tax_split, two_twenties_change_gbp, all_but_one_owed, weekday_lunch_month,
    happy_hour_sign, bridge_weight_limit, lunch_closed_sign, taxi_arrival_tip, recipe_app_scale,
    gym_plan_per_visit, scaled_square_roots_plot, slope_at_point_plot, area_under_line_plot,
    savings_chart_usd,
)]
