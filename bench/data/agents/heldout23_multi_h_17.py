"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 17: late check-outs, race cut-offs, payslips, prescriptions, garage sales, factorials, rice, parallel lines and rainfall files."""
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
)
from bench.data.agents.helpers import Family


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def late_checkout_sign(rng):
    co = rng.choice([10, 11, 12])
    fee = rng.choice([10, 12, 15, 20, 25])
    recipe = board(rng, [f"CHECK-OUT BY {co}:00", f"LATE CHECK-OUT {fee} PER HOUR", "OR PART HOUR"])
    leave = co * 60 + rng.randint(20, 330)
    hrs = -(-(leave - co * 60) // 60)
    if hrs < 2:
        return None
    if (leave - co * 60) % 60 == 0:
        return None
    t = rng.choice([
        f"We'd like to leave the room at {leave // 60}:{leave % 60:02d}. How long after check-out is that, and what would the late fee be?",
        f"leaving {leave // 60:02d}:{leave % 60:02d} - how late past check-out? fee at this sign's hourly rate (part hours count as full)?",
    ])
    return t, [span(leave - co * 60), num(hrs * fee)], {"image": recipe}


@fam
def marathon_cutoff(rng):
    start = rng.choice([7 * 60, 7 * 60 + 30, 8 * 60, 8 * 60 + 30, 9 * 60])
    cut = rng.choice([5, 6, 7])
    recipe = board(rng, ["CITY MARATHON", f"START {start // 60:02d}:{start % 60:02d}", f"CUT-OFF {cut} HOURS"])
    pace = F(rng.choice([55, 60, 65, 70, 75, 80, 85, 90]), 10)
    mins = pace * F("42.2")
    if near(mins, 0) or mins >= cut * 60:
        return None
    m = int(rnd(mins, 0))
    t = rng.choice([
        f"If I run the whole 42.2 km at {sh(pace)} min per km, what time will I finish (nearest minute), and how many minutes inside the cut-off is that?",
        f"{sh(pace)} min/km x 42.2 km - finish time from the start on this sign (nearest minute)? margin before the cut-off in minutes, from that finish time?",
    ])
    return t, [clock(start + m), span(cut * 60 - m)], {"image": recipe}


@fam
def payslip_net(rng):
    gross = rng.randint(180000, 520000)
    tax = rng.randint(gross // 12, gross // 5)
    ni = rng.randint(gross // 25, gross // 12)
    pen = rng.randint(gross // 40, gross // 15)
    recipe = screen(rng, "Payslip", [f"Gross: {gross / 100:,.2f}", f"Tax: {tax / 100:,.2f}", f"NI: {ni / 100:,.2f}", f"Pension: {pen / 100:,.2f}"])
    net = F(gross - tax - ni - pen, 100)
    t = rng.choice([
        "What's my take-home pay on this payslip (gross minus all deductions), and what would 12 months of it be?",
        "net pay from this screenshot? and x12 for the year",
    ])
    return t, [num(net), num(net * 12)], {"image": recipe}


@fam
def prescription_doses(rng):
    drug = rng.choice(["Amoxicillin 500 mg", "Penicillin 250 mg", "Ibuprofen 200 mg", "Cefalexin 500 mg"])
    every = rng.choice([6, 8, 12])
    per_day = 24 // every
    days = rng.randint(3, 10)
    qty = per_day * days
    recipe = screen(rng, "Prescription", [drug, f"Take 1 every {every} hours", f"Quantity: {qty}"])
    first = rng.randint(6 * 60, 9 * 60)
    t = rng.choice([
        f"How many days will this prescription last, and if I take the first one at {first // 60}:{first % 60:02d}, when are the next two doses?",
        f"first dose {first // 60:02d}:{first % 60:02d} - times of dose 2 and 3? how many days does the box last?",
    ])
    return t, [[f"{days} days", f"{days}days"], clock(first + every * 60), clock(first + 2 * every * 60)], {"image": recipe}


@fam
def garage_sale_story(rng):
    books = rng.randint(6, 30)
    bp = F(rng.choice([50, 75, 100, 150, 200]), 100)
    big = rng.randint(15, 90)
    misc = F(rng.randint(500, 4000), 100)
    charity = rng.choice([10, 15, 20, 25])
    tot = books * bp + big + misc
    give = tot * charity / 100
    if near(give):
        return None
    t = rng.choice([
        f"We had a garage sale yesterday! Sold {books} books at {dp(bp)} each, my old bike for {big}, and {dp(misc)} of bits and bobs. We promised {charity}% to the school charity. How much did we take in total, and how much goes to charity?",
        f"garage sale takings: {books} x {dp(bp)} books + bike {big} + {dp(misc)} misc. total? {charity}% of it for charity?",
    ])
    return t, [num(tot), num(give)]


@fam
def factorial_and_marathon(rng):
    n = rng.randint(5, 10)
    import math
    mi = F(rng.choice(["26.2", "13.1", "6.2", "3.1", "31"]))
    km = mi * F("1.609")
    if near(km):
        return None
    t = rng.choice([
        f"My son asked me what {n}! is - can you tell me? And how many km is {sh(mi)} miles (1.609, 2 dp)?",
        f"two random ones: {n} factorial, and {sh(mi)} mi in km using 1.609",
    ])
    f = math.factorial(n)
    return t, [[f"{f}", f"{f:,}"], num(km)]


@fam
def marks_and_fl_oz(rng):
    marks = [rng.randint(45, 99) for _ in range(rng.randint(3, 5))]
    ml = rng.choice([150, 200, 250, 330, 355, 500, 750])
    avg = F(sum(marks), len(marks))
    oz = ml / F("29.57")
    if near(avg, 1) or near(oz, 1):
        return None
    t = rng.choice([
        f"My exam marks were {', '.join(map(str, marks))} - what's the average (1 dp)? Also unrelated: {ml} ml in US fl oz (29.57 ml each, 1 dp)?",
        f"avg of {' '.join(map(str, marks))} to one decimal + {ml}ml in fluid ounces (÷29.57, 1 dp)",
    ])
    return t, [num(avg, 1), unit(oz, ["fl oz", "oz", "ounces"], 1) + num(oz, 1)]


@fam
def rice_portions(rng):
    cups = F(rng.choice([2, 3, 4, 5, 6, 3, 5]), rng.choice([1, 2]))
    per_cup = rng.choice([180, 185, 190, 200])
    portion = rng.choice([60, 65, 70, 75, 80])
    g = cups * per_cup
    n = int(g // portion)
    if g % portion == 0 or g.denominator != 1:
        return None
    cw = {F(3, 2): "1 1/2", F(5, 2): "2 1/2", F(1): "1", F(3): "3"}.get(cups, sh(cups))
    t = rng.choice([
        f"How many grams is {cw} cups of uncooked rice at {per_cup} g per cup? Then how many full {portion} g portions is that?",
        f"{cw} cups rice -> grams ({per_cup} g/cup) -> number of whole {portion}g servings",
    ])
    return t, [unit(g, ["g", "grams"], 0), [f"{n} portions", f"{n} full portions", f"{n} servings", f"{n}portions"]]


@fam
def eur_list_coffees(rng):
    eur = rng.randint(20, 120)
    rs = rng.choice(["1.08", "1.09", "1.1", "1.12", "1.17"])
    cof = F(rng.choice([220, 250, 280, 320, 350, 380]), 100)
    usd = eur * F(rs)
    n = int(eur // cof)
    t = rng.choice([
        f"1) convert {eur} EUR to USD at 1 EUR = {rs} USD\n2) how many {dp(cof)} EUR coffees can {eur} EUR buy?",
        f"• {eur} euros in dollars ({rs})\n• whole number of coffees at €{dp(cof)} with €{eur}",
    ])
    return t, [num(usd), [f"{n} coffees", f"{n}coffees", f"{n} cups"]]


@fam
def parallel_lines_plot(rng):
    m = rng.choice([1, 2, 3, -1, -2, 4])
    c1, c2 = rng.sample(range(-8, 9), 2)
    ms = "x" if m == 1 else "-x" if m == -1 else f"{m}x"

    def ln(c):
        return ms if c == 0 else f"{ms} {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"plot y = {ln(c1)} and y = {ln(c2)} together - where do they cross, and how far apart are their y-intercepts?",
        f"Do the lines y={ln(c1)} and y={ln(c2)} intersect? Draw them both and tell me the gap between their y-intercepts.",
    ])
    gap = abs(c1 - c2)
    return t, [["parallel", "never meet", "never intersect", "do not intersect", "don't intersect", "no intersection"], [f"{gap} units", f"gap of {gap}", f"gap is {gap}", f"apart by {gap}", f"{gap} apart", f"difference of {gap}"], PLOT]


@fam
def rainfall_csv_inches(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    n = rng.randint(6, 12)
    s0 = rng.randint(0, 12 - n)
    mm = [F(rng.randint(50, 1600), 10) for _ in range(n)]
    csv = "month,rain_mm\n" + "".join(f"{m},{sh(v)}\n" for m, v in zip(months[s0:s0 + n], mm, strict=True))
    tot = sum(mm)
    inch = tot / F("25.4")
    if near(inch):
        return None
    t = rng.choice([
        "Chart the monthly rainfall in this file and tell me the total in inches (25.4 mm per inch, 2 dp).",
        "plot rain_mm by month; total rainfall converted to inches (25.4 mm/in, 2 dp)?",
    ])
    return t, [PLOT, unit(inch, ["in", "inches"], 2) + num(inch)], {"csv": csv}


@fam
def pizza_area_value(rng):
    d1, d2 = sorted(rng.sample([7, 8, 9, 10, 11, 12, 13, 14, 16, 18], 2))
    a1 = F("3.14159") * F(d1, 2) ** 2
    a2 = F("3.14159") * F(d2, 2) ** 2
    ratio = F(d2 * d2, d1 * d1)
    if near(a1) or near(a2) or near(ratio) or rnd(ratio) != rnd(rnd(a2) / rnd(a1)):
        return None
    t = rng.choice([
        f"Pizza maths: what's the area of a {d1}-inch pizza and of a {d2}-inch pizza (pi = 3.14159, 2 dp)? And how many times bigger is the big one (2 dp)?",
        f"area of a {d1}\" pizza and a {d2}\" pizza in square inches, using 3.14159 (2 dp)? then big area / small area to 2 decimals",
    ])
    return t, [num(a1), num(a2), num(ratio)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    late_checkout_sign, marathon_cutoff, payslip_net, prescription_doses, garage_sale_story,
    factorial_and_marathon, marks_and_fl_oz, rice_portions, eur_list_coffees, parallel_lines_plot,
    rainfall_csv_inches, pizza_area_value,
)]
