"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 6: three and four tasks
in one message."""

from __future__ import annotations

from bench.data.agents.heldout21_multi import (
    circle,
    combo,
    compound,
    discount,
    frac_add,
    integral,
    lcm,
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
    rc_convert,
    rc_item,
    rc_split,
    rc_tip,
    shot_date,
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
    in2cm,
    kcal2kj,
    kg2lb,
    km2mi,
    kmh2ms,
    l2gal,
    mi2km,
    minutes_between,
    oz2g,
    travel_min,
    water,
)
from bench.data.agents.helpers import Family

plot_line_linear_frac_add = combo("plot_line_linear_frac_add", "and", plot_line, linear, frac_add)
plot_compound_frac_add = combo("plot_compound_frac_add", "list", plot, compound, frac_add)
days_between_plot_dose = combo("days_between_plot_dose", "also", days_between, plot, dose)
mi2km_dose_csv_total = combo("mi2km_dose_csv_total", "pls", mi2km, dose, csv_total)
plot_line_km2mi_wage = combo("plot_line_km2mi_wage", "bullets", plot_line, km2mi, wage)
kg2lb_mean_list_travel_min = combo(
    "kg2lb_mean_list_travel_min", "two", kg2lb, mean_list, travel_min
)
km2mi_quad_c2f = combo("km2mi_quad_c2f", "and", km2mi, quad, c2f)
arrive_plot_circle = combo("arrive_plot_circle", "list", arrive, plot, circle)
plot_line_dose_travel_min = combo("plot_line_dose_travel_min", "also", plot_line, dose, travel_min)
water_kmh2ms_rc_convert = combo("water_kmh2ms_rc_convert", "pls", water, kmh2ms, rc_convert)
csv_top_arrive_in2cm = combo("csv_top_arrive_in2cm", "bullets", csv_top, arrive, in2cm)
days_between_median_list_f2c = combo(
    "days_between_median_list_f2c", "two", days_between, median_list, f2c
)
csv_top_plot_line_c2f = combo("csv_top_plot_line_c2f", "and", csv_top, plot_line, c2f)
travel_min_csv_total_plot_line = combo(
    "travel_min_csv_total_plot_line", "list", travel_min, csv_total, plot_line
)
tip_pct_range_list = combo("tip_pct_range_list", "also", tip, pct, range_list)
plot_line_c2f_arrive = combo("plot_line_c2f_arrive", "pls", plot_line, c2f, arrive)
bmi_integral_mean_list = combo("bmi_integral_mean_list", "bullets", bmi, integral, mean_list)
days_between_oz2g_compound = combo(
    "days_between_oz2g_compound", "two", days_between, oz2g, compound
)
range_list_l2gal_linear = combo("range_list_l2gal_linear", "and", range_list, l2gal, linear)
plot_tip_csv_top = combo("plot_tip_csv_top", "list", plot, tip, csv_top)
dose_kcal2kj_mean_list = combo("dose_kcal2kj_mean_list", "also", dose, kcal2kj, mean_list)
csv_total_sum_list_plot_line = combo(
    "csv_total_sum_list_plot_line", "pls", csv_total, sum_list, plot_line
)
power_water_pct_change = combo("power_water_pct_change", "bullets", power, water, pct_change)
kg2lb_sign_read_f2c = combo("kg2lb_sign_read_f2c", "two", kg2lb, sign_read, f2c)
minutes_between_split_plot_line = combo(
    "minutes_between_split_plot_line", "and", minutes_between, split, plot_line
)
bmr_rc_split_pct_change = combo("bmr_rc_split_pct_change", "list", bmr, rc_split, pct_change)
median_list_power_csv_top = combo("median_list_power_csv_top", "also", median_list, power, csv_top)
oz2g_rc_item_plot_line = combo("oz2g_rc_item_plot_line", "pls", oz2g, rc_item, plot_line)
tip_csv_total_in2cm = combo("tip_csv_total_in2cm", "bullets", tip, csv_total, in2cm)
csv_mean_wage_plot_line = combo("csv_mean_wage_plot_line", "two", csv_mean, wage, plot_line)
sum_list_lcm_csv_mean_power = combo(
    "sum_list_lcm_csv_mean_power", "and", sum_list, lcm, csv_mean, power
)
travel_min_mi2km_water_power = combo(
    "travel_min_mi2km_water_power", "list", travel_min, mi2km, water, power
)
days_between_compound_csv_top_bmi = combo(
    "days_between_compound_csv_top_bmi", "also", days_between, compound, csv_top, bmi
)
rc_tip_bmi_plot_line_quad = combo("rc_tip_bmi_plot_line_quad", "pls", rc_tip, bmi, plot_line, quad)
range_list_plot_compound_wage = combo(
    "range_list_plot_compound_wage", "bullets", range_list, plot, compound, wage
)
kmh2ms_median_list_bmr_date_add = combo(
    "kmh2ms_median_list_bmr_date_add", "two", kmh2ms, median_list, bmr, date_add
)
range_list_plot_line_days_between_pct_change = combo(
    "range_list_plot_line_days_between_pct_change",
    "and",
    range_list,
    plot_line,
    days_between,
    pct_change,
)
plot_height_csv_total_sum_list = combo(
    "plot_height_csv_total_sum_list", "list", plot, height, csv_total, sum_list
)
tip_oz2g_csv_mean_plot = combo("tip_oz2g_csv_mean_plot", "also", tip, oz2g, csv_mean, plot)
lcm_range_list_mi2km_water = combo(
    "lcm_range_list_mi2km_water", "pls", lcm, range_list, mi2km, water
)
mi2km_wage_csv_mean_discount = combo(
    "mi2km_wage_csv_mean_discount", "bullets", mi2km, wage, csv_mean, discount
)
plot_line_shot_date_f2c_median_list = combo(
    "plot_line_shot_date_f2c_median_list", "two", plot_line, shot_date, f2c, median_list
)
oz2g_csv_mean_root2_arrive = combo(
    "oz2g_csv_mean_root2_arrive", "and", oz2g, csv_mean, root2, arrive
)
plot_line_days_between_csv_total_range_list = combo(
    "plot_line_days_between_csv_total_range_list",
    "list",
    plot_line,
    days_between,
    csv_total,
    range_list,
)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        plot_line_linear_frac_add,
        plot_compound_frac_add,
        days_between_plot_dose,
        mi2km_dose_csv_total,
        plot_line_km2mi_wage,
        kg2lb_mean_list_travel_min,
        km2mi_quad_c2f,
        arrive_plot_circle,
        plot_line_dose_travel_min,
        water_kmh2ms_rc_convert,
        csv_top_arrive_in2cm,
        days_between_median_list_f2c,
        csv_top_plot_line_c2f,
        travel_min_csv_total_plot_line,
        tip_pct_range_list,
        plot_line_c2f_arrive,
        bmi_integral_mean_list,
        days_between_oz2g_compound,
        range_list_l2gal_linear,
        plot_tip_csv_top,
        dose_kcal2kj_mean_list,
        csv_total_sum_list_plot_line,
        power_water_pct_change,
        kg2lb_sign_read_f2c,
        minutes_between_split_plot_line,
        bmr_rc_split_pct_change,
        median_list_power_csv_top,
        oz2g_rc_item_plot_line,
        tip_csv_total_in2cm,
        csv_mean_wage_plot_line,
        sum_list_lcm_csv_mean_power,
        travel_min_mi2km_water_power,
        days_between_compound_csv_top_bmi,
        rc_tip_bmi_plot_line_quad,
        range_list_plot_compound_wage,
        kmh2ms_median_list_bmr_date_add,
        range_list_plot_line_days_between_pct_change,
        plot_height_csv_total_sum_list,
        tip_oz2g_csv_mean_plot,
        lcm_range_list_mi2km_water,
        mi2km_wage_csv_mean_discount,
        plot_line_shot_date_f2c_median_list,
        oz2g_csv_mean_root2_arrive,
        plot_line_days_between_csv_total_range_list,
    )
]
