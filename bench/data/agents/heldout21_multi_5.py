"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 5: more pairs, and the
first three-task messages."""

from __future__ import annotations

from bench.data.agents.heldout21_multi import (
    circle,
    combo,
    compound,
    deriv,
    discount,
    frac_add,
    integral,
    linear,
    pct,
    pct_change,
    power,
    quad,
    root2,
    split,
    tip,
    wage,
)
from bench.data.agents.heldout21_multi_7 import (
    csv_mean,
    csv_top,
    csv_total,
    mean_list,
    median_list,
    plot,
    plot_line,
    range_list,
    rc_tip,
    sign_read,
    sum_list,
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
    minutes_between,
    ml2cups,
    oz2g,
    travel_min,
    water,
)
from bench.data.agents.helpers import Family

date_add_km2mi = combo("date_add_km2mi", "two", date_add, km2mi)
date_add_in2cm = combo("date_add_in2cm", "and", date_add, in2cm)
days_between_lb2kg = combo("days_between_lb2kg", "list", days_between, lb2kg)
date_add_kcal2kj = combo("date_add_kcal2kj", "also", date_add, kcal2kj)
minutes_between_hr_zone = combo("minutes_between_hr_zone", "pls", minutes_between, hr_zone)
days_between_dose = combo("days_between_dose", "bullets", days_between, dose)
travel_min_bmi = combo("travel_min_bmi", "two", travel_min, bmi)
days_between_bmi = combo("days_between_bmi", "and", days_between, bmi)
travel_min_water = combo("travel_min_water", "list", travel_min, water)
mean_list_plot_line = combo("mean_list_plot_line", "also", mean_list, plot_line)
range_list_plot_line = combo("range_list_plot_line", "pls", range_list, plot_line)
sum_list_plot_line = combo("sum_list_plot_line", "bullets", sum_list, plot_line)
median_list_plot_line = combo("median_list_plot_line", "two", median_list, plot_line)
median_list_power = combo("median_list_power", "and", median_list, power)
mean_list_linear = combo("mean_list_linear", "list", mean_list, linear)
range_list_pct_change = combo("range_list_pct_change", "also", range_list, pct_change)
median_list_pct = combo("median_list_pct", "pls", median_list, pct)
range_list_wage = combo("range_list_wage", "bullets", range_list, wage)
range_list_deriv = combo("range_list_deriv", "two", range_list, deriv)
circle_quad = combo("circle_quad", "and", circle, quad)
linear_deriv = combo("linear_deriv", "list", linear, deriv)
wage_circle = combo("wage_circle", "also", wage, circle)
discount_split = combo("discount_split", "pls", discount, split)
compound_integral = combo("compound_integral", "bullets", compound, integral)
tip_deriv = combo("tip_deriv", "two", tip, deriv)
linear_root2 = combo("linear_root2", "and", linear, root2)
discount_frac_add = combo("discount_frac_add", "list", discount, frac_add)
oz2g_height = combo("oz2g_height", "also", oz2g, height)
height_lb2kg = combo("height_lb2kg", "pls", height, lb2kg)
kmh2ms_c2f = combo("kmh2ms_c2f", "bullets", kmh2ms, c2f)
in2cm_f2c = combo("in2cm_f2c", "two", in2cm, f2c)
km2mi_kg2lb = combo("km2mi_kg2lb", "and", km2mi, kg2lb)
csv_mean_plot_line = combo("csv_mean_plot_line", "list", csv_mean, plot_line)
csv_total_plot_line = combo("csv_total_plot_line", "also", csv_total, plot_line)
csv_mean_plot = combo("csv_mean_plot", "pls", csv_mean, plot)
compound_csv_top_height = combo("compound_csv_top_height", "bullets", compound, csv_top, height)
l2gal_hr_zone_arrive = combo("l2gal_hr_zone_arrive", "two", l2gal, hr_zone, arrive)
range_list_travel_min_sign_read = combo(
    "range_list_travel_min_sign_read", "and", range_list, travel_min, sign_read
)
power_plot_csv_mean = combo("power_plot_csv_mean", "list", power, plot, csv_mean)
plot_bmr_split = combo("plot_bmr_split", "also", plot, bmr, split)
ml2cups_median_list_plot_line = combo(
    "ml2cups_median_list_plot_line", "pls", ml2cups, median_list, plot_line
)
travel_min_kcal2kj_csv_mean = combo(
    "travel_min_kcal2kj_csv_mean", "bullets", travel_min, kcal2kj, csv_mean
)
quad_rc_tip_dose = combo("quad_rc_tip_dose", "two", quad, rc_tip, dose)
csv_mean_mi2km_f2c = combo("csv_mean_mi2km_f2c", "and", csv_mean, mi2km, f2c)
csv_top_bmr_range_list = combo("csv_top_bmr_range_list", "list", csv_top, bmr, range_list)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        date_add_km2mi,
        date_add_in2cm,
        days_between_lb2kg,
        date_add_kcal2kj,
        minutes_between_hr_zone,
        days_between_dose,
        travel_min_bmi,
        days_between_bmi,
        travel_min_water,
        mean_list_plot_line,
        range_list_plot_line,
        sum_list_plot_line,
        median_list_plot_line,
        median_list_power,
        mean_list_linear,
        range_list_pct_change,
        median_list_pct,
        range_list_wage,
        range_list_deriv,
        circle_quad,
        linear_deriv,
        wage_circle,
        discount_split,
        compound_integral,
        tip_deriv,
        linear_root2,
        discount_frac_add,
        oz2g_height,
        height_lb2kg,
        kmh2ms_c2f,
        in2cm_f2c,
        km2mi_kg2lb,
        csv_mean_plot_line,
        csv_total_plot_line,
        csv_mean_plot,
        compound_csv_top_height,
        l2gal_hr_zone_arrive,
        range_list_travel_min_sign_read,
        power_plot_csv_mean,
        plot_bmr_split,
        ml2cups_median_list_plot_line,
        travel_min_kcal2kj_csv_mean,
        quad_rc_tip_dose,
        csv_mean_mi2km_f2c,
        csv_top_bmr_range_list,
    )
]
