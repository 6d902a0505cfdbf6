"""Round 16 multi-part families (``L_m_*``, dev now): further common requests in new words —
solve and plot, receipts in another currency, several sums in one go — and less obvious
everyday ones (the garden, the car, pets, a bake sale, a club treasurer). ``MORE`` also gathers
``heldout16_multi_more_2`` and ``heldout16_multi_more_3``."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    CHART,
    GALLON,
    LB,
    MEAN,
    MILE,
    OZ,
    PLOT,
    F,
    Family,
    clock,
    convert,
    deg_c,
    eur,
    expr,
    fam,
    forms,
    gbp,
    kg,
    km,
    named,
    num,
    poly,
    random,
    receipt,
    root,
    safe,
    two_roots,
    unit,
    usd,
)

HERE: list[Family] = []
add = fam(HERE)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


@add
def solve_plot_polite_teacher(rng: random.Random):  # a teacher preparing a worksheet
    r1, r2, p = two_roots(rng)
    return (f"I'm making a worksheet. Could you give me the solutions of {p} = 0 and a graph of "
            f"y = {p} that I can paste in?", [root(r1), root(r2), PLOT])


@add
def solve_plot_lowercase_rush(rng: random.Random):  # in a rush, no punctuation
    r1, r2, p = two_roots(rng)
    return (f"need roots of {p} and the graph asap", [root(r1), root(r2), PLOT])


@add
def receipt_dinner_euro_per_head(rng: random.Random):  # a receipt in euros per head
    recipe, total, _ = receipt(rng)
    n = rng.choice([2, 3, 4])
    e = convert(total, "USD", "EUR")
    if not safe(e, e / n):
        return None
    return (f"we were {n} at lunch, this is the bill in dollars. how much is it in euros, and "
            "per person in euros?", [eur(e), eur(e / n)], {"image": recipe})


@add
def receipt_check_sum(rng: random.Random):  # is the receipt's total right: the sum of items
    recipe, total, goods = receipt(rng)
    return ("can you add up the items on this receipt to check the total? also how many items "
            "are there?", [usd(total), [f"{len(goods)} items", str(len(goods))]],
            {"image": recipe})


@add
def three_asks_numbered(rng: random.Random):  # a numbered list of three asks
    a, b = rng.randint(100, 999), rng.randint(11, 99)
    c = rng.randint(2, 40)
    d = rng.randint(50, 250)
    if not safe(d * LB):
        return None
    return (f"1. {a} - {b}\n2. {c} cubed\n3. {d} pounds in kg", [num(a - b), num(c ** 3),
                                                                kg(d * LB)])


@add
def garden_soil(rng: random.Random):  # a raised bed: volume in litres and bags of soil
    ln, w, d = rng.randint(100, 300), rng.randint(50, 120), rng.randint(20, 40)
    litres = F(ln * w * d, 1000)
    bag = rng.choice([40, 50, 70])
    bags = math.ceil(litres / bag)
    if not safe(litres):
        return None
    return (f"raised bed is {ln} cm x {w} cm x {d} cm deep. how many litres of soil, and how many "
            f"{bag} L bags?", [unit(litres, "L", "litres", "liters"), [f"{bags} bags", str(bags)]])


@add
def pet_food(rng: random.Random):  # a dog's daily food: bag lasts how many days, cost per day
    per_day, bag_kg = rng.randint(150, 600), rng.choice([2, 5, 10, 12, 15])
    price = rng.randint(15, 70)
    days = F(bag_kg * 1000, per_day)
    cost = price / days
    if not safe(days, cost):
        return None
    return (f"my dog eats {per_day} g of kibble a day. a {bag_kg} kg bag costs €{price}. how many "
            "days does a bag last, and what does he cost me per day?",
            [[f"{v} days" for v in forms(days)], eur(cost)])


@add
def bake_sale(rng: random.Random):  # a bake sale: revenue, profit and profit per item
    n, price = rng.randint(20, 120), F(rng.choice([50, 75, 100, 125, 150, 200]), 100)
    cost = F(rng.randint(1000, 6000), 100)
    rev = n * price
    if rev <= cost:
        return None
    return (f"bake sale: sold {n} cupcakes at ${float(price):.2f} each, ingredients cost "
            f"${float(cost):.2f}. revenue? profit? profit per cupcake?",
            [usd(rev), usd(rev - cost), usd((rev - cost) / n)]) if safe((rev - cost) / n) else None


@add
def club_treasurer(rng: random.Random):  # club fees: income, shortfall per member
    members, fee = rng.randint(15, 80), rng.randint(10, 60)
    hall = rng.randint(500, 4000)
    inc = members * fee
    short = hall - inc
    if short <= 0:
        return None
    per = F(short, members)
    if not safe(per):
        return None
    return (f"I'm treasurer of a club with {members} members paying £{fee} each. the hall costs "
            f"£{hall} a year. total fees? shortfall? extra each member would need to pay?",
            [gbp(F(inc)), gbp(F(short)), gbp(per)])


@add
def car_service_interval(rng: random.Random):  # service every N miles: km, next service
    every = rng.choice([5000, 6000, 7500, 10000, 12000])
    now = rng.randint(10000, 90000)
    nxt = (now // every + 1) * every
    k = every * MILE
    if not safe(k):
        return None
    return (f"my car needs a service every {every:,} miles. what's that in km? odometer says "
            f"{now:,} miles — at what mileage is the next one due?",
            [km(k), [f"{nxt:,} miles", f"{nxt} miles", f"{nxt:,}", str(nxt)]])


@add
def tyre_pressure(rng: random.Random):  # tyre pressure psi to bar and kPa
    psi = rng.randint(26, 44)
    kpa = psi * F(689475729, 10**8)
    bar = kpa / 100
    if not safe(bar, kpa):
        return None
    return (f"tyres should be at {psi} psi. what's that in bar and in kPa?",
            [unit(bar, "bar"), unit(kpa, "kPa", "kilopascals")])


@add
def plant_watering(rng: random.Random):  # watering plants: litres a week, watering cans
    plants, ml_each = rng.randint(5, 40), rng.choice([250, 300, 400, 500])
    times = rng.choice([2, 3, 4])
    can = rng.choice([5, 8, 10])
    litres = F(plants * ml_each * times, 1000)
    cans = math.ceil(litres / can)
    if not safe(litres):
        return None
    return (f"{plants} plants, each gets {ml_each} ml, {times} times a week. litres per week? "
            f"and how many fills of a {can} L can?", [unit(litres, "L", "litres", "liters"),
                                                    [f"{cans} fills", f"{cans} times", str(cans)]])


@add
def coffee_ratio(rng: random.Random):  # coffee brew ratio: grams of coffee, cups per bag
    water = rng.choice([250, 300, 350, 400, 500])
    ratio = rng.choice([15, 16, 17])
    g = F(water, ratio)
    bag = rng.choice([250, 500, 1000])
    cups = math.floor(bag / g)
    if not safe(g):
        return None
    return (f"brewing at 1:{ratio} coffee to water. how many grams of coffee for {water} ml, and "
            f"how many full brews from a {bag} g bag?", [unit(g, "g", "grams"),
                                                        [f"{cups} brews", f"{cups} cups",
                                                         str(cups)]])


@add
def wedding_budget(rng: random.Random):  # guests: catering cost, total, and per guest
    guests, per = rng.randint(40, 200), rng.randint(35, 120)
    venue = rng.randint(20, 120) * 100
    cat = guests * per
    tot = cat + venue
    each = F(tot, guests)
    if not safe(each):
        return None
    return (f"wedding: {guests} guests, catering €{per} a head, venue €{venue}. catering total, "
            "overall total, and cost per guest?", [eur(F(cat)), eur(F(tot)), eur(each)])


@add
def aquarium_volume(rng: random.Random):  # a fish tank in inches: litres and gallons
    ln, w, h = rng.randint(20, 48), rng.randint(10, 18), rng.randint(12, 24)
    cubic_in = ln * w * h
    litres = cubic_in * F(16387064, 10**9)
    gal = F(cubic_in, 231)
    if not safe(litres, gal):
        return None
    return (f"fish tank is {ln} x {w} x {h} inches. volume in litres and in US gallons?",
            [unit(litres, "L", "litres", "liters"), unit(gal, "gal", "gallons", "US gallons")])


@add
def sourdough_hydration(rng: random.Random):  # dough hydration and salt at 2 percent
    flour = rng.randint(4, 10) * 100
    water = rng.randint(flour * 55 // 100, flour * 85 // 100)
    h = F(water * 100, flour)
    salt = F(flour * 2, 100)
    if water >= flour or not safe(h):
        return None
    return (f"{flour} g flour and {water} g water — what's the hydration %? and how much salt at "
            "2% of the flour?", [percent(h), unit(salt, "g", "grams")])


@add
def quiz_average_plot_and_best(rng: random.Random):  # team quiz scores: mean, best, chart
    teams = rng.sample(["Owls", "Foxes", "Bears", "Hawks", "Wolves", "Otters"], 5)
    xs = rng.sample(range(20, 80), 5)
    m = F(sum(xs), 5)
    best = teams[xs.index(max(xs))]
    if not safe(m):
        return None
    listed = ", ".join(f"{t} {x}" for t, x in zip(teams, xs, strict=True))
    return (f"pub quiz scores: {listed}. average score, by how much the winner beat the average, "
            "and a bar chart", [named(MEAN, m), num(max(xs) - m), CHART]) if best else None


@add
def solve_then_use_inequality(rng: random.Random):  # solve, then is it bigger than a number
    a, x, b = rng.randint(2, 9), rng.randint(5, 40), rng.randint(1, 30)
    k = rng.randint(5, 40)
    if x == k:
        return None
    return (f"solve {a}x - {b} = {a * x - b}, then tell me x plus {k} and x times {k}",
            [root(x), num(x + k), num(x * k)])


@add
def exponent_then_log(rng: random.Random):  # a power of two, then log base two of a product
    n, m = rng.randint(5, 15), rng.randint(2, 8)
    return (f"what is 2^{n}? and log2 of 2^{n} × 2^{m}?", [num(2 ** n), num(n + m)])


@add
def expand_then_derivative(rng: random.Random):  # expand, then differentiate
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    if a == b:
        return None
    return (f"expand (x + {a})(x + {b}) then differentiate the result",
            [expr(poly(a + b, a * b)), expr(f"2x + {a + b}")])


@add
def vertex_then_plot_then_value(rng: random.Random):  # vertex, value at zero, and a graph
    h, k = rng.randint(1, 9), rng.randint(-20, 20)
    c = h * h + k
    if c in (h, k):
        return None
    return (f"for y = {poly(-2 * h, c)}: vertex? value at x = 0? and a graph please",
            [[f"({h}, {k})", f"({h},{k})"], [f"y = {c}", f"y={c}", f"f(0) = {c}", f"(0, {c})"],
             PLOT])


@add
def fuel_economy_uk(rng: random.Random):  # UK mpg to L/100km and litres for a trip
    mpg = rng.randint(30, 65)
    uk_gal = F(454609, 100000)
    l100 = 100 * uk_gal / (mpg * MILE)
    trip = rng.randint(50, 600)
    used = l100 * trip / 100
    if not safe(l100, used):
        return None
    return (f"my car does {mpg} mpg (UK gallons). L/100km? and litres for a {trip} km trip?",
            [[f"{v} L/100km" for v in forms(l100)] + [f"{v} L/100 km" for v in forms(l100)],
             unit(used, "L", "litres", "liters")])


@add
def us_recipe_oven_and_butter(rng: random.Random):  # oven F to C and sticks of butter to grams
    f = rng.choice([300, 325, 350, 375, 400, 425])
    sticks = rng.choice([1, 2, 3, 4])
    c = (F(f) - 32) * 5 / 9
    g = sticks * 4 * OZ
    if not safe(c, g):
        return None
    return (f"US recipe: oven {f}°F, {sticks} stick{'s' if sticks > 1 else ''} of butter (4 oz "
            "each). celsius and grams please", [deg_c(c), unit(g, "g", "grams")])


@add
def gas_gallons_to_litres_price(rng: random.Random):  # price per gallon to price per litre
    p = F(rng.randint(250, 600), 100)
    per_l = p / GALLON
    e = convert(per_l, "USD", "EUR")
    if not safe(per_l, e):
        return None
    return (f"gas is ${float(p):.2f} a gallon in Texas. what's that per litre in dollars, and in "
            "euros?", [usd(per_l), eur(e)])


@add
def time_zone_call(rng: random.Random):  # the call time in two other cities
    t = rng.randint(8 * 60, 20 * 60) // 30 * 30
    a, b = rng.choice([(-5, 1), (-8, 9), (1, 5), (-6, 8), (-3, 2)])
    h, m = divmod(t, 60)
    return (f"call at {h:02d}:{m:02d} UTC. what time is that in UTC{a:+d} and UTC{b:+d}?",
            [clock((t + 60 * a) % 1440), clock((t + 60 * b) % 1440)])


@add
def cake_tin_scale(rng: random.Random):  # round tin areas: ratio, then scaled flour
    d1, d2 = rng.choice([(18, 23), (20, 25), (20, 23), (15, 20), (23, 28), (18, 20)])
    ratio = F(d2 * d2, d1 * d1)
    flour = rng.randint(4, 12) * 25
    if not safe(ratio, ratio * flour):
        return None
    return (f"recipe is for a {d1} cm round tin, I have a {d2} cm one. by what factor should I "
            f"scale it, and how much flour instead of {flour} g?",
            [num(ratio), unit(ratio * flour, "g", "grams")])


@add
def grade_percent_and_letter(rng: random.Random):  # points to a percentage, then out of 20
    got, out = rng.randint(30, 95), rng.choice([100, 120, 150, 80])
    if got >= out:
        return None
    pc = F(got * 100, out)
    twenty = F(got * 20, out)
    if not safe(pc, twenty):
        return None
    return (f"got {got} out of {out} on the exam. percentage? and what would that be out of 20?",
            [percent(pc), num(twenty)])


def _more() -> list[Family]:
    from bench.data.agents.heldout16_multi_more_2 import MORE_2
    from bench.data.agents.heldout16_multi_more_3 import MORE_3
    return [*HERE, *MORE_2, *MORE_3]


MORE: list[Family] = _more()
