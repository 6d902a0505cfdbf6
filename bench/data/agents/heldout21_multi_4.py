"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 4: pairs of everyday
requests of different kinds."""

from __future__ import annotations

from bench.data.agents.heldout21_multi import (
    choose,
    circle,
    combo,
    deriv,
    discount,
    frac_add,
    integral,
    lcm,
    linear,
    pct,
    pct_change,
    quad,
    root2,
    split,
    tip,
    wage,
)
from bench.data.agents.heldout21_multi_8 import (
    arrive,
    bmi,
    bmr,
    c2f,
    date_add,
    days_between,
    dose,
    f2c,
    hr_zone,
    in2cm,
    kcal2kj,
    kg2lb,
    km2mi,
    kmh2ms,
    l2gal,
    lb2kg,
    mi2km,
    ml2cups,
    oz2g,
    travel_min,
    water,
)
from bench.data.agents.helpers import Family

lb2kg_bmr = combo("lb2kg_bmr", "bullets", lb2kg, bmr)
ml2cups_dose = combo("ml2cups_dose", "two", ml2cups, dose)
f2c_bmi = combo("f2c_bmi", "and", f2c, bmi)
c2f_bmr = combo("c2f_bmr", "list", c2f, bmr)
kg2lb_water = combo("kg2lb_water", "also", kg2lb, water)
oz2g_hr_zone = combo("oz2g_hr_zone", "pls", oz2g, hr_zone)
l2gal_bmi = combo("l2gal_bmi", "bullets", l2gal, bmi)
km2mi_water = combo("km2mi_water", "two", km2mi, water)
kmh2ms_bmr = combo("kmh2ms_bmr", "and", kmh2ms, bmr)
split_kcal2kj = combo("split_kcal2kj", "list", split, kcal2kj)
tip_oz2g = combo("tip_oz2g", "also", tip, oz2g)
linear_oz2g = combo("linear_oz2g", "pls", linear, oz2g)
frac_add_km2mi = combo("frac_add_km2mi", "bullets", frac_add, km2mi)
frac_add_ml2cups = combo("frac_add_ml2cups", "two", frac_add, ml2cups)
integral_c2f = combo("integral_c2f", "and", integral, c2f)
wage_kcal2kj = combo("wage_kcal2kj", "list", wage, kcal2kj)
deriv_lb2kg = combo("deriv_lb2kg", "also", deriv, lb2kg)
pct_f2c = combo("pct_f2c", "pls", pct, f2c)
circle_lb2kg = combo("circle_lb2kg", "bullets", circle, lb2kg)
lcm_f2c = combo("lcm_f2c", "two", lcm, f2c)
root2_oz2g = combo("root2_oz2g", "and", root2, oz2g)
quad_mi2km = combo("quad_mi2km", "list", quad, mi2km)
lcm_in2cm = combo("lcm_in2cm", "also", lcm, in2cm)
root2_ml2cups = combo("root2_ml2cups", "pls", root2, ml2cups)
choose_lb2kg = combo("choose_lb2kg", "bullets", choose, lb2kg)
circle_hr_zone = combo("circle_hr_zone", "two", circle, hr_zone)
split_bmi = combo("split_bmi", "and", split, bmi)
frac_add_bmr = combo("frac_add_bmr", "list", frac_add, bmr)
tip_bmr = combo("tip_bmr", "also", tip, bmr)
pct_change_hr_zone = combo("pct_change_hr_zone", "pls", pct_change, hr_zone)
pct_change_water = combo("pct_change_water", "bullets", pct_change, water)
circle_bmi = combo("circle_bmi", "two", circle, bmi)
quad_dose = combo("quad_dose", "and", quad, dose)
days_between_integral = combo("days_between_integral", "list", days_between, integral)
arrive_wage = combo("arrive_wage", "also", arrive, wage)
arrive_frac_add = combo("arrive_frac_add", "pls", arrive, frac_add)
date_add_wage = combo("date_add_wage", "bullets", date_add, wage)
travel_min_wage = combo("travel_min_wage", "two", travel_min, wage)
travel_min_pct = combo("travel_min_pct", "and", travel_min, pct)
travel_min_discount = combo("travel_min_discount", "list", travel_min, discount)
arrive_root2 = combo("arrive_root2", "also", arrive, root2)
travel_min_in2cm = combo("travel_min_in2cm", "pls", travel_min, in2cm)
travel_min_oz2g = combo("travel_min_oz2g", "bullets", travel_min, oz2g)
arrive_km2mi = combo("arrive_km2mi", "two", arrive, km2mi)
date_add_kg2lb = combo("date_add_kg2lb", "and", date_add, kg2lb)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        lb2kg_bmr,
        ml2cups_dose,
        f2c_bmi,
        c2f_bmr,
        kg2lb_water,
        oz2g_hr_zone,
        l2gal_bmi,
        km2mi_water,
        kmh2ms_bmr,
        split_kcal2kj,
        tip_oz2g,
        linear_oz2g,
        frac_add_km2mi,
        frac_add_ml2cups,
        integral_c2f,
        wage_kcal2kj,
        deriv_lb2kg,
        pct_f2c,
        circle_lb2kg,
        lcm_f2c,
        root2_oz2g,
        quad_mi2km,
        lcm_in2cm,
        root2_ml2cups,
        choose_lb2kg,
        circle_hr_zone,
        split_bmi,
        frac_add_bmr,
        tip_bmr,
        pct_change_hr_zone,
        pct_change_water,
        circle_bmi,
        quad_dose,
        days_between_integral,
        arrive_wage,
        arrive_frac_add,
        date_add_wage,
        travel_min_wage,
        travel_min_pct,
        travel_min_discount,
        arrive_root2,
        travel_min_in2cm,
        travel_min_oz2g,
        arrive_km2mi,
        date_add_kg2lb,
    )
]
