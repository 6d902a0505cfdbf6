"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 3: pairs of everyday
requests of different kinds."""

from __future__ import annotations

from bench.data.agents.heldout21_multi import (
    circle,
    combo,
    linear,
    pct_change,
    quad,
    root2,
)
from bench.data.agents.heldout21_multi_7 import (
    csv_mean,
    csv_top,
    csv_total,
    mean_list,
    median_list,
    range_list,
    rc_item,
    rc_total,
    shot_date,
    sign_close,
    sign_read,
    sum_list,
)
from bench.data.agents.heldout21_multi_8 import (
    arrive,
    bmi,
    bmr,
    days_between,
    dose,
    height,
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
    water,
)
from bench.data.agents.helpers import Family

shot_date_days_between = combo("shot_date_days_between", "pls", shot_date, days_between)
sign_close_arrive = combo("sign_close_arrive", "bullets", sign_close, arrive)
rc_total_arrive = combo("rc_total_arrive", "two", rc_total, arrive)
sign_read_bmr = combo("sign_read_bmr", "and", sign_read, bmr)
rc_item_bmi = combo("rc_item_bmi", "list", rc_item, bmi)
shot_date_dose = combo("shot_date_dose", "also", shot_date, dose)
shot_date_bmr = combo("shot_date_bmr", "pls", shot_date, bmr)
median_list_oz2g = combo("median_list_oz2g", "bullets", median_list, oz2g)
median_list_lb2kg = combo("median_list_lb2kg", "two", median_list, lb2kg)
mean_list_height = combo("mean_list_height", "and", mean_list, height)
median_list_height = combo("median_list_height", "list", median_list, height)
range_list_l2gal = combo("range_list_l2gal", "also", range_list, l2gal)
mean_list_kcal2kj = combo("mean_list_kcal2kj", "pls", mean_list, kcal2kj)
sum_list_kmh2ms = combo("sum_list_kmh2ms", "bullets", sum_list, kmh2ms)
range_list_km2mi = combo("range_list_km2mi", "two", range_list, km2mi)
range_list_oz2g = combo("range_list_oz2g", "and", range_list, oz2g)
sum_list_km2mi = combo("sum_list_km2mi", "list", sum_list, km2mi)
sum_list_water = combo("sum_list_water", "also", sum_list, water)
range_list_hr_zone = combo("range_list_hr_zone", "pls", range_list, hr_zone)
sum_list_dose = combo("sum_list_dose", "bullets", sum_list, dose)
mean_list_dose = combo("mean_list_dose", "two", mean_list, dose)
mean_list_hr_zone = combo("mean_list_hr_zone", "and", mean_list, hr_zone)
sum_list_bmr = combo("sum_list_bmr", "list", sum_list, bmr)
csv_top_ml2cups = combo("csv_top_ml2cups", "also", csv_top, ml2cups)
csv_top_kg2lb = combo("csv_top_kg2lb", "pls", csv_top, kg2lb)
csv_mean_in2cm = combo("csv_mean_in2cm", "bullets", csv_mean, in2cm)
csv_total_height = combo("csv_total_height", "two", csv_total, height)
csv_top_km2mi = combo("csv_top_km2mi", "and", csv_top, km2mi)
csv_mean_l2gal = combo("csv_mean_l2gal", "list", csv_mean, l2gal)
csv_top_water = combo("csv_top_water", "also", csv_top, water)
csv_mean_water = combo("csv_mean_water", "pls", csv_mean, water)
csv_total_water = combo("csv_total_water", "bullets", csv_total, water)
csv_mean_dose = combo("csv_mean_dose", "two", csv_mean, dose)
csv_top_linear = combo("csv_top_linear", "and", csv_top, linear)
csv_mean_root2 = combo("csv_mean_root2", "list", csv_mean, root2)
csv_top_quad = combo("csv_top_quad", "also", csv_top, quad)
csv_top_pct_change = combo("csv_top_pct_change", "pls", csv_top, pct_change)
csv_mean_circle = combo("csv_mean_circle", "bullets", csv_mean, circle)
km2mi_hr_zone = combo("km2mi_hr_zone", "two", km2mi, hr_zone)
mi2km_bmi = combo("mi2km_bmi", "and", mi2km, bmi)
kmh2ms_bmi = combo("kmh2ms_bmi", "list", kmh2ms, bmi)
in2cm_dose = combo("in2cm_dose", "also", in2cm, dose)
height_dose = combo("height_dose", "pls", height, dose)
mi2km_water = combo("mi2km_water", "bullets", mi2km, water)
height_hr_zone = combo("height_hr_zone", "two", height, hr_zone)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        shot_date_days_between,
        sign_close_arrive,
        rc_total_arrive,
        sign_read_bmr,
        rc_item_bmi,
        shot_date_dose,
        shot_date_bmr,
        median_list_oz2g,
        median_list_lb2kg,
        mean_list_height,
        median_list_height,
        range_list_l2gal,
        mean_list_kcal2kj,
        sum_list_kmh2ms,
        range_list_km2mi,
        range_list_oz2g,
        sum_list_km2mi,
        sum_list_water,
        range_list_hr_zone,
        sum_list_dose,
        mean_list_dose,
        mean_list_hr_zone,
        sum_list_bmr,
        csv_top_ml2cups,
        csv_top_kg2lb,
        csv_mean_in2cm,
        csv_total_height,
        csv_top_km2mi,
        csv_mean_l2gal,
        csv_top_water,
        csv_mean_water,
        csv_total_water,
        csv_mean_dose,
        csv_top_linear,
        csv_mean_root2,
        csv_top_quad,
        csv_top_pct_change,
        csv_mean_circle,
        km2mi_hr_zone,
        mi2km_bmi,
        kmh2ms_bmi,
        in2cm_dose,
        height_dose,
        mi2km_water,
        height_hr_zone,
    )
]
