"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 2: pairs of everyday
requests of different kinds."""

from __future__ import annotations

from bench.data.agents.heldout21_multi import (
    choose,
    circle,
    combo,
    compound,
    deriv,
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
    plot,
    plot_line,
    rc_convert,
    rc_item,
    rc_split,
    rc_tip,
    rc_total,
    shot_date,
    sign_close,
    sign_read,
)
from bench.data.agents.heldout21_multi_8 import (
    days_between,
    kcal2kj,
    lb2kg,
    minutes_between,
    ml2cups,
    oz2g,
)
from bench.data.agents.helpers import Family

deriv_plot = combo("deriv_plot", "also", deriv, plot)
choose_plot_line = combo("choose_plot_line", "pls", choose, plot_line)
pct_plot_line = combo("pct_plot_line", "bullets", pct, plot_line)
root2_plot_line = combo("root2_plot_line", "two", root2, plot_line)
integral_plot = combo("integral_plot", "and", integral, plot)
power_plot = combo("power_plot", "list", power, plot)
discount_plot_line = combo("discount_plot_line", "also", discount, plot_line)
circle_plot = combo("circle_plot", "pls", circle, plot)
pct_change_plot = combo("pct_change_plot", "bullets", pct_change, plot)
compound_plot = combo("compound_plot", "two", compound, plot)
power_plot_line = combo("power_plot_line", "and", power, plot_line)
quad_plot_line = combo("quad_plot_line", "list", quad, plot_line)
split_plot = combo("split_plot", "also", split, plot)
lcm_plot_line = combo("lcm_plot_line", "pls", lcm, plot_line)
rc_total_tip = combo("rc_total_tip", "bullets", rc_total, tip)
rc_item_choose = combo("rc_item_choose", "two", rc_item, choose)
rc_tip_split = combo("rc_tip_split", "and", rc_tip, split)
rc_tip_root2 = combo("rc_tip_root2", "list", rc_tip, root2)
sign_read_power = combo("sign_read_power", "also", sign_read, power)
rc_convert_deriv = combo("rc_convert_deriv", "pls", rc_convert, deriv)
shot_date_quad = combo("shot_date_quad", "bullets", shot_date, quad)
rc_convert_split = combo("rc_convert_split", "two", rc_convert, split)
sign_read_compound = combo("sign_read_compound", "and", sign_read, compound)
sign_close_quad = combo("sign_close_quad", "list", sign_close, quad)
rc_tip_wage = combo("rc_tip_wage", "also", rc_tip, wage)
rc_item_frac_add = combo("rc_item_frac_add", "pls", rc_item, frac_add)
sign_read_wage = combo("sign_read_wage", "bullets", sign_read, wage)
sign_close_linear = combo("sign_close_linear", "two", sign_close, linear)
sign_close_power = combo("sign_close_power", "and", sign_close, power)
rc_convert_wage = combo("rc_convert_wage", "list", rc_convert, wage)
shot_date_integral = combo("shot_date_integral", "also", shot_date, integral)
rc_item_quad = combo("rc_item_quad", "pls", rc_item, quad)
rc_item_split = combo("rc_item_split", "bullets", rc_item, split)
sign_close_pct_change = combo("sign_close_pct_change", "two", sign_close, pct_change)
rc_convert_pct_change = combo("rc_convert_pct_change", "and", rc_convert, pct_change)
shot_date_pct = combo("shot_date_pct", "list", shot_date, pct)
rc_split_ml2cups = combo("rc_split_ml2cups", "also", rc_split, ml2cups)
rc_convert_oz2g = combo("rc_convert_oz2g", "pls", rc_convert, oz2g)
rc_split_lb2kg = combo("rc_split_lb2kg", "bullets", rc_split, lb2kg)
shot_date_ml2cups = combo("shot_date_ml2cups", "two", shot_date, ml2cups)
sign_close_lb2kg = combo("sign_close_lb2kg", "and", sign_close, lb2kg)
shot_date_kcal2kj = combo("shot_date_kcal2kj", "list", shot_date, kcal2kj)
shot_date_minutes_between = combo("shot_date_minutes_between", "also", shot_date, minutes_between)
rc_tip_days_between = combo("rc_tip_days_between", "pls", rc_tip, days_between)
sign_read_minutes_between = combo(
    "sign_read_minutes_between", "bullets", sign_read, minutes_between
)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        deriv_plot,
        choose_plot_line,
        pct_plot_line,
        root2_plot_line,
        integral_plot,
        power_plot,
        discount_plot_line,
        circle_plot,
        pct_change_plot,
        compound_plot,
        power_plot_line,
        quad_plot_line,
        split_plot,
        lcm_plot_line,
        rc_total_tip,
        rc_item_choose,
        rc_tip_split,
        rc_tip_root2,
        sign_read_power,
        rc_convert_deriv,
        shot_date_quad,
        rc_convert_split,
        sign_read_compound,
        sign_close_quad,
        rc_tip_wage,
        rc_item_frac_add,
        sign_read_wage,
        sign_close_linear,
        sign_close_power,
        rc_convert_wage,
        shot_date_integral,
        rc_item_quad,
        rc_item_split,
        sign_close_pct_change,
        rc_convert_pct_change,
        shot_date_pct,
        rc_split_ml2cups,
        rc_convert_oz2g,
        rc_split_lb2kg,
        shot_date_ml2cups,
        sign_close_lb2kg,
        shot_date_kcal2kj,
        shot_date_minutes_between,
        rc_tip_days_between,
        sign_read_minutes_between,
    )
]
