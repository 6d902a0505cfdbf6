"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 6: weeks and days, fuel
economy, currency, time zones and other conversions."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, family, grid, pick, show, word
from bench.data.agents.helpers import Family


@family
def hours_in_weeks(rng: random.Random) -> Made:
    w = grid(rng, 1, 20, 0.5)
    t = pick(
        rng,
        "How many hours are there in {w} weeks?",
        "{w} weeks in hours?",
        "number of hours in {w} wks",
    )
    return t.format(w=show(w)), [R(w * 168, 0)]


@family
def days_to_weeks_days(rng: random.Random) -> Made:
    d = rng.randint(15, 400)
    w, r = divmod(d, 7)
    t = pick(
        rng,
        "{d} days is how many weeks and days?",
        "Convert {d} days into weeks + leftover days.",
        "how many full weeks and extra days in {d} days",
    )
    acc = [
        f"{w}weeksand{r}days",
        f"{w}weeks,{r}days",
        f"{w}weeks{r}days",
        f"{w}weeksand{r}day",
        f"{w}weeks,{r}day",
        f"{w}weeks{r}day",
        f"{w}w{r}d",
        f"{w}weeks+{r}days",
    ]
    if r == 0:
        acc += [f"{w}weeks"]
    return t.format(d=d), [acc]


@family
def mpg_to_l_per_100km(rng: random.Random) -> Made:
    m = rng.randint(15, 70)
    t = pick(
        rng,
        "My car does {m} mpg (US). What's that in L/100 km? Use 1 mile = 1.609 km, 1 US gallon = "
        "3.785 L, one decimal.",
        "{m} US mpg to litres per 100km? (1 mi = 1.609 km, 1 gal = 3.785 L) 1 dp",
        "Convert fuel economy of {m} miles per US gallon into L/100km, with 1.609 km/mile and "
        "3.785 L/gallon. One decimal place.",
    )
    return t.format(m=m), [R(F(100) * F("3.785") / (m * F("1.609")), 1)]


@family
def l_per_100km_to_mpg(rng: random.Random) -> Made:
    lp = grid(rng, 3.5, 15, 0.1)
    t = pick(
        rng,
        "Rental car uses {l} L/100km. How many US mpg is that? 1 mile = 1.609 km, 1 gallon = 3.785 "
        "L, one decimal",
        "{l} l per 100 km in miles per gallon (US gal 3.785 L, mile 1.609 km)? 1 dp",
        "Convert {l} L/100 km to mpg (US). Use 1.609 km per mile and 3.785 litres per gallon, "
        "round to one decimal.",
    )
    return t.format(l=show(lp)), [R(F(100) * F("3.785") / (lp * F("1.609")), 1)]


@family
def uk_mpg_to_l100(rng: random.Random) -> Made:
    m = rng.randint(25, 80)
    t = pick(
        rng,
        "{m} mpg (UK gallons, 4.546 L) in L/100 km? 1 mile = 1.609 km, 1 decimal",
        "My UK car does {m} miles per imperial gallon. What's that in litres per 100 km? Use 4.546 "
        "L/gal and 1.609 km/mi, one decimal.",
    )
    return t.format(m=m), [R(F(100) * F("4.546") / (m * F("1.609")), 1)]


@family
def km_per_liter_to_l100(rng: random.Random) -> Made:
    k = grid(rng, 6, 30, 0.5)
    t = pick(
        rng,
        "Car does {k} km per litre. What's that in L/100 km? 2 decimals",
        "{k} km/L to l/100km, two dp",
        "convert fuel economy {k} kilometres per liter into litres per 100 km (2 decimals)",
    )
    return t.format(k=show(k)), [R(100 / k, 2)]


@family
def usd_to_eur(rng: random.Random) -> Made:
    a = grid(rng, 5, 3000, 0.5)
    r = grid(rng, 0.84, 0.96, 0.01)
    t = pick(
        rng,
        "How much is ${a} in euros if 1 USD = {r} EUR? 2 decimals",
        "convert {a} dollars to EUR at a rate of {r} euro per dollar",
        "{a} USD -> EUR, rate 1 USD = {r} EUR, round to cents",
    )
    return t.format(a=show(a), r=show(r)), [R(a * r, 2)]


@family
def eur_to_usd_inverse(rng: random.Random) -> Made:
    a = rng.randint(10, 2000)
    r = grid(rng, 1.05, 1.25, 0.01)
    t = pick(
        rng,
        "I need {a} euros. If 1 EUR = {r} USD, how many dollars do I need? 2 decimals",
        "{a} EUR in USD at 1 EUR = {r} USD?",
        "Convert €{a} into US dollars, rate 1 euro = {r} dollars, to the cent.",
    )
    return t.format(a=a, r=show(r)), [R(a * r, 2)]


@family
def cross_rate_usd_to_gbp(rng: random.Random) -> Made:
    a = rng.randint(20, 3000)
    t = pick(
        rng,
        "Given 1 EUR = 1.17 USD and 1 EUR = 0.87 GBP, how many GBP is {a} USD? Round to 2 "
        "decimals.",
        "convert ${a} to pounds sterling via euros: 1 EUR = 1.17 USD, 1 EUR = 0.87 GBP (2 dp)",
        "With rates 1 EUR = 1.17 USD and 1 EUR = 0.87 GBP, what's {a} dollars in GBP, to the "
        "penny?",
    )
    return t.format(a=a), [R(F(a) / F("1.17") * F("0.87"), 2)]


@family
def price_compare_two_currencies(rng: random.Random) -> Made:
    g = rng.randint(40, 400)
    e = rng.randint(40, 500)
    r = grid(rng, 1.10, 1.20, 0.01)
    if g * r == e:
        e += 3
    diff = abs(g * r - e)
    t = pick(
        rng,
        "Same jacket: £{g} in London or €{e} in Paris. With 1 GBP = {r} EUR, what's the price "
        "difference in euros? 2 decimals.",
        "uk price {g} GBP, france price {e} EUR, rate 1 GBP = {r} EUR. difference between them in "
        "EUR?",
        "Is it cheaper in GBP (£{g}) or EUR (€{e})? 1 GBP = {r} EUR. Give the difference in euros "
        "to the cent.",
    )
    return t.format(g=g, e=e, r=show(r)), [R(diff, 2)]


@family
def currency_with_fee(rng: random.Random) -> Made:
    a = rng.randint(100, 2000)
    r = grid(rng, 0.84, 0.96, 0.01)
    fee = rng.choice([F(1), F(3, 2), F(2), F(5, 2), F(3)])
    t = pick(
        rng,
        "I exchange {a} USD at 1 USD = {r} EUR, and the bureau keeps a {f}% commission on the "
        "euros. How many euros do I get? 2 dp",
        "converting ${a} to euros at {r}; they take {f}% of the converted amount as a fee. euros "
        "received?",
        "Exchange {a} US dollars to EUR: rate {r} EUR per USD, minus a {f}% fee on the euro "
        "amount. Result to the cent?",
    )
    return t.format(a=a, r=show(r), f=show(fee)), [R(a * r * (1 - fee / 100), 2)]


@family
def flight_arrival_time_zone(rng: random.Random) -> Made:
    dep = rng.randint(6 * 4, 22 * 4) * 15
    dur = rng.randint(8, 60) * 15
    off = rng.choice([-8, -7, -6, -5, -4, -3, 1, 2, 3, 4, 5, 7, 8, 9])
    from bench.data.agents.heldout20_units import clock

    arr = dep + dur + off * 60
    if arr < 0 or arr >= 24 * 60:
        from bench.data.agents.heldout20_units import Redraw

        raise Redraw
    rel = f"{abs(off)} hours {'ahead of' if off > 0 else 'behind'}"
    dh, dm = divmod(dep, 60)
    t = pick(
        rng,
        "My flight leaves at {d} local time and takes {u}. The destination is {rel} my city. "
        "What's the local arrival time?",
        "depart {d}, flight time {u}, destination clock is {rel} ours - what time do we land there "
        "(local)?",
    )
    return t.format(d=f"{dh:02d}:{dm:02d}", u=f"{dur // 60}h {dur % 60:02d}m", rel=rel), [
        clock(arr)
    ]


@family
def timezone_meeting(rng: random.Random) -> Made:
    m = rng.randint(7 * 2, 20 * 2) * 30
    off = rng.choice([-9, -8, -7, -6, -5, -4, -3, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    from bench.data.agents.heldout20_units import clock

    t = pick(
        rng,
        "Call is at {c} my time. Where my friend lives it's {a} hours {w} me. What time is the "
        "call for them?",
        "If it's {c} here and their timezone is {a}h {w} us, what time is it there?",
    )
    return t.format(
        c=f"{m // 60:02d}:{m % 60:02d}", a=abs(off), w="ahead of" if off > 0 else "behind"
    ), [clock(m + off * 60)]


@family
def energy_kcal_from_kj_label_per_portion(rng: random.Random) -> Made:
    per100 = rng.randint(300, 2400)
    g = rng.randint(20, 150)
    t = pick(
        rng,
        "Label: {p} kJ per 100 g. I ate {g} g. How many kcal is that? (1 kcal = 4.184 kJ, nearest "
        "kcal)",
        "{p} kJ/100g and my portion is {g}g, calories (kcal) please, 4.184 kJ per kcal, whole "
        "number",
    )
    return t.format(p=per100, g=g), [R(F(per100 * g, 100) / F("4.184"), 0)]


@family
def watts_to_btu(rng: random.Random) -> Made:
    w = rng.randint(300, 3000)
    t = pick(
        rng,
        "A {w} W heater puts out how many BTU per hour? 1 W = 3.412 BTU/h, nearest whole number",
        "{w} watts in BTU/hr (3.412 BTU/h per watt)? round to whole",
    )
    return t.format(w=w), [R(w * F("3.412"), 0)]


@family
def light_years_to_km(rng: random.Random) -> Made:
    ly = grid(rng, 0.5, 30, 0.5)
    t = pick(
        rng,
        "How many trillion km is {l} light years? (1 ly = 9.461 trillion km, 2 decimals)",
        "{l} light-years in trillions of kilometres, using 9.461 trillion km per ly? 2 dp",
    )
    return t.format(l=show(ly)), [R(ly * F("9.461"), 2)]


@family
def speed_pace_conversion_kmh_to_min_per_km(rng: random.Random) -> Made:
    v = grid(rng, 6, 20, 0.5)
    s = int(R(F(3600) / v, 0)[0])
    t = pick(
        rng,
        "Treadmill is at {v} km/h. What pace is that in min per km (nearest second)?",
        "{v} kph = what running pace per km (mm:ss, nearest second)?",
        "Convert a speed of {v} km/h to a pace in minutes:seconds per kilometre, rounded to the "
        "nearest second.",
    )
    m, r = divmod(s, 60)
    acc = [
        f"{m}:{r:02d}",
        f"{m}min{r}s",
        f"{m}min{r}sec",
        f"{m}minutes{r}seconds",
        f"{m}m{r}s",
        f"{m}minutesand{r}seconds",
    ]
    if r == 0:
        acc += [f"{m}minutes", f"{m}min"]
    return t.format(v=show(v)), [acc]


@family
def acre_feet_to_liters(rng: random.Random) -> Made:
    cf = rng.randint(10, 900)
    t = pick(
        rng,
        "How many litres are in {c} cubic feet? 1 ft³ = 28.317 L, nearest litre",
        "{c} cu ft to liters (28.317 L/cu ft), round to whole",
        "convert {c} ft3 into litres using 28.317, whole number",
    )
    return t.format(c=cf), [R(cf * F("28.317"), 0)]


@family
def gas_units_to_kwh(rng: random.Random) -> Made:
    m3 = rng.randint(20, 400)
    cv = grid(rng, 38, 40.5, 0.1)
    t = pick(
        rng,
        "I used {m} m³ of gas. Calorific value {c} MJ/m³, 1 kWh = 3.6 MJ. How many kWh is that? "
        "nearest kWh",
        "gas meter: {m} cubic metres used, CV {c} MJ per m3. convert to kWh (3.6 MJ per kWh), "
        "whole number",
    )
    return t.format(m=m3, c=show(cv)), [R(m3 * cv / F(18, 5), 0)]


@family
def steps_to_km(rng: random.Random) -> Made:
    s = rng.randint(3000, 25000)
    st = rng.randint(60, 85)
    t = pick(
        rng,
        "I walked {s} steps and my stride is {l} cm. How many km is that? 2 decimals",
        "{s} steps today, step length {l}cm - distance in km (2 dp)?",
        "With a {l} cm step, how far are {s} steps in kilometres? Round to two decimals.",
    )
    return t.format(s=word(rng, 0) if False else s, l=st), [R(F(s * st, 100000), 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        hours_in_weeks,
        days_to_weeks_days,
        mpg_to_l_per_100km,
        l_per_100km_to_mpg,
        uk_mpg_to_l100,
        km_per_liter_to_l100,
        usd_to_eur,
        eur_to_usd_inverse,
        cross_rate_usd_to_gbp,
        price_compare_two_currencies,
        currency_with_fee,
        flight_arrival_time_zone,
        timezone_meeting,
        energy_kcal_from_kj_label_per_portion,
        watts_to_btu,
        light_years_to_km,
        speed_pace_conversion_kmh_to_min_per_km,
        acre_feet_to_liters,
        gas_units_to_kwh,
        steps_to_km,
    )
]
