"""Held-out round 23 (``I_*``) for ``muse bench agents``: written in one sitting by six
authors who had not seen the planner's rules or any earlier round's items (only issue 9's
text, the README's account of what Muse can do, the item format and two earlier modules'
helpers as format examples), asked for realistic everyday requests in their own words, then
checked by five reviewers who recomputed one item of every family from its text alone, before
the rules were adjusted to anything here; never used to adjust rules or examples.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another. Each family draws
ten items.

The families live in :mod:`bench.data.agents.heldout23_math` to ``heldout23_math_12``
(arithmetic, algebra, calculus, statistics, geometry, money and word problems),
``heldout23_units`` to ``heldout23_units_8`` and ``heldout23_health`` to ``heldout23_health_3``
(conversions, rates, health and everyday quantities), ``heldout23_multi_h`` to
``heldout23_multi_h_18`` and ``heldout23_multi_k`` to ``heldout23_multi_k_12`` (requests needing
several agents, each written a message at a time by one of two authors), ``heldout23_data`` to
``heldout23_data_16`` (data questions) and ``heldout23_read`` to ``heldout23_read_11``
(receipts, signs and screenshots); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout23_data import FAMILIES as DATA
from bench.data.agents.heldout23_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout23_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout23_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout23_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout23_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout23_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout23_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout23_data_9 import FAMILIES as DATA_9
from bench.data.agents.heldout23_data_10 import FAMILIES as DATA_10
from bench.data.agents.heldout23_data_11 import FAMILIES as DATA_11
from bench.data.agents.heldout23_data_12 import FAMILIES as DATA_12
from bench.data.agents.heldout23_data_13 import FAMILIES as DATA_13
from bench.data.agents.heldout23_data_14 import FAMILIES as DATA_14
from bench.data.agents.heldout23_data_15 import FAMILIES as DATA_15
from bench.data.agents.heldout23_data_16 import FAMILIES as DATA_16
from bench.data.agents.heldout23_health import FAMILIES as HEALTH
from bench.data.agents.heldout23_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout23_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout23_math import FAMILIES as MATH
from bench.data.agents.heldout23_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout23_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout23_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout23_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout23_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout23_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout23_math_8 import FAMILIES as MATH_8
from bench.data.agents.heldout23_math_9 import FAMILIES as MATH_9
from bench.data.agents.heldout23_math_10 import FAMILIES as MATH_10
from bench.data.agents.heldout23_math_11 import FAMILIES as MATH_11
from bench.data.agents.heldout23_math_12 import FAMILIES as MATH_12
from bench.data.agents.heldout23_multi_h import FAMILIES as MULTI_H
from bench.data.agents.heldout23_multi_h_2 import FAMILIES as MULTI_H_2
from bench.data.agents.heldout23_multi_h_3 import FAMILIES as MULTI_H_3
from bench.data.agents.heldout23_multi_h_4 import FAMILIES as MULTI_H_4
from bench.data.agents.heldout23_multi_h_5 import FAMILIES as MULTI_H_5
from bench.data.agents.heldout23_multi_h_6 import FAMILIES as MULTI_H_6
from bench.data.agents.heldout23_multi_h_7 import FAMILIES as MULTI_H_7
from bench.data.agents.heldout23_multi_h_8 import FAMILIES as MULTI_H_8
from bench.data.agents.heldout23_multi_h_9 import FAMILIES as MULTI_H_9
from bench.data.agents.heldout23_multi_h_10 import FAMILIES as MULTI_H_10
from bench.data.agents.heldout23_multi_h_11 import FAMILIES as MULTI_H_11
from bench.data.agents.heldout23_multi_h_12 import FAMILIES as MULTI_H_12
from bench.data.agents.heldout23_multi_h_13 import FAMILIES as MULTI_H_13
from bench.data.agents.heldout23_multi_h_14 import FAMILIES as MULTI_H_14
from bench.data.agents.heldout23_multi_h_15 import FAMILIES as MULTI_H_15
from bench.data.agents.heldout23_multi_h_16 import FAMILIES as MULTI_H_16
from bench.data.agents.heldout23_multi_h_17 import FAMILIES as MULTI_H_17
from bench.data.agents.heldout23_multi_h_18 import FAMILIES as MULTI_H_18
from bench.data.agents.heldout23_multi_k import FAMILIES as MULTI_K
from bench.data.agents.heldout23_multi_k_2 import FAMILIES as MULTI_K_2
from bench.data.agents.heldout23_multi_k_3 import FAMILIES as MULTI_K_3
from bench.data.agents.heldout23_multi_k_4 import FAMILIES as MULTI_K_4
from bench.data.agents.heldout23_multi_k_5 import FAMILIES as MULTI_K_5
from bench.data.agents.heldout23_multi_k_6 import FAMILIES as MULTI_K_6
from bench.data.agents.heldout23_multi_k_7 import FAMILIES as MULTI_K_7
from bench.data.agents.heldout23_multi_k_8 import FAMILIES as MULTI_K_8
from bench.data.agents.heldout23_multi_k_9 import FAMILIES as MULTI_K_9
from bench.data.agents.heldout23_multi_k_10 import FAMILIES as MULTI_K_10
from bench.data.agents.heldout23_multi_k_11 import FAMILIES as MULTI_K_11
from bench.data.agents.heldout23_multi_k_12 import FAMILIES as MULTI_K_12
from bench.data.agents.heldout23_read import FAMILIES as READ
from bench.data.agents.heldout23_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout23_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout23_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout23_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout23_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout23_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout23_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout23_read_9 import FAMILIES as READ_9
from bench.data.agents.heldout23_read_10 import FAMILIES as READ_10
from bench.data.agents.heldout23_read_11 import FAMILIES as READ_11
from bench.data.agents.heldout23_units import FAMILIES as UNITS
from bench.data.agents.heldout23_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout23_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout23_units_4 import FAMILIES as UNITS_4
from bench.data.agents.heldout23_units_5 import FAMILIES as UNITS_5
from bench.data.agents.heldout23_units_6 import FAMILIES as UNITS_6
from bench.data.agents.heldout23_units_7 import FAMILIES as UNITS_7
from bench.data.agents.heldout23_units_8 import FAMILIES as UNITS_8
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *MATH_8, *MATH_9, *MATH_10,
    *MATH_11, *MATH_12, *UNITS, *UNITS_2, *UNITS_3, *UNITS_4, *UNITS_5, *UNITS_6, *UNITS_7,
    *UNITS_8, *HEALTH, *HEALTH_2, *HEALTH_3, *MULTI_H, *MULTI_H_2, *MULTI_H_3, *MULTI_H_4,
    *MULTI_H_5, *MULTI_H_6, *MULTI_H_7, *MULTI_H_8, *MULTI_H_9, *MULTI_H_10, *MULTI_H_11,
    *MULTI_H_12, *MULTI_H_13, *MULTI_H_14, *MULTI_H_15, *MULTI_H_16, *MULTI_H_17, *MULTI_H_18,
    *MULTI_K, *MULTI_K_2, *MULTI_K_3, *MULTI_K_4, *MULTI_K_5, *MULTI_K_6, *MULTI_K_7,
    *MULTI_K_8, *MULTI_K_9, *MULTI_K_10, *MULTI_K_11, *MULTI_K_12, *DATA, *DATA_2, *DATA_3,
    *DATA_4, *DATA_5, *DATA_6, *DATA_7, *DATA_8, *DATA_9, *DATA_10, *DATA_11, *DATA_12,
    *DATA_13, *DATA_14, *DATA_15, *DATA_16, *READ, *READ_2, *READ_3, *READ_4, *READ_5, *READ_6,
    *READ_7, *READ_8, *READ_9, *READ_10, *READ_11]
