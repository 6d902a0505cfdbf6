"""Round 18 (``B_*``) for ``muse bench agents``, dev now: written in one sitting by five
authors who had not seen the planner's rules (only issue 9's text, the item format and the
earlier rounds' items), and held out until its blind scores were recorded in
``heldout_round18.json``; after that the rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another. Each family draws
ten items.

The families live in :mod:`bench.data.agents.heldout18_math` to ``heldout18_math_10``
(arithmetic, money, word problems, counting, chance and school maths), ``heldout18_units`` to
``heldout18_units_6`` and ``heldout18_health`` to ``heldout18_health_5`` (conversions, health
and everyday quantities), :mod:`bench.data.agents.heldout18_multi` (requests needing several
agents), ``heldout18_data`` to ``heldout18_data_14`` (data questions) and ``heldout18_read``
to ``heldout18_read_30`` (receipts, signs and screenshots); this one registers them all in
that order.
"""

from __future__ import annotations

from bench.data.agents.heldout18_data import FAMILIES as DATA
from bench.data.agents.heldout18_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout18_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout18_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout18_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout18_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout18_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout18_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout18_data_9 import FAMILIES as DATA_9
from bench.data.agents.heldout18_data_10 import FAMILIES as DATA_10
from bench.data.agents.heldout18_data_11 import FAMILIES as DATA_11
from bench.data.agents.heldout18_data_12 import FAMILIES as DATA_12
from bench.data.agents.heldout18_data_13 import FAMILIES as DATA_13
from bench.data.agents.heldout18_data_14 import FAMILIES as DATA_14
from bench.data.agents.heldout18_health import FAMILIES as HEALTH
from bench.data.agents.heldout18_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout18_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout18_health_4 import FAMILIES as HEALTH_4
from bench.data.agents.heldout18_health_5 import FAMILIES as HEALTH_5
from bench.data.agents.heldout18_math import FAMILIES as MATH
from bench.data.agents.heldout18_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout18_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout18_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout18_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout18_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout18_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout18_math_8 import FAMILIES as MATH_8
from bench.data.agents.heldout18_math_9 import FAMILIES as MATH_9
from bench.data.agents.heldout18_math_10 import FAMILIES as MATH_10
from bench.data.agents.heldout18_multi import FAMILIES as MULTI
from bench.data.agents.heldout18_read import FAMILIES as READ
from bench.data.agents.heldout18_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout18_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout18_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout18_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout18_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout18_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout18_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout18_read_9 import FAMILIES as READ_9
from bench.data.agents.heldout18_read_10 import FAMILIES as READ_10
from bench.data.agents.heldout18_read_11 import FAMILIES as READ_11
from bench.data.agents.heldout18_read_12 import FAMILIES as READ_12
from bench.data.agents.heldout18_read_13 import FAMILIES as READ_13
from bench.data.agents.heldout18_read_14 import FAMILIES as READ_14
from bench.data.agents.heldout18_read_15 import FAMILIES as READ_15
from bench.data.agents.heldout18_read_16 import FAMILIES as READ_16
from bench.data.agents.heldout18_read_17 import FAMILIES as READ_17
from bench.data.agents.heldout18_read_18 import FAMILIES as READ_18
from bench.data.agents.heldout18_read_19 import FAMILIES as READ_19
from bench.data.agents.heldout18_read_20 import FAMILIES as READ_20
from bench.data.agents.heldout18_read_21 import FAMILIES as READ_21
from bench.data.agents.heldout18_read_22 import FAMILIES as READ_22
from bench.data.agents.heldout18_read_23 import FAMILIES as READ_23
from bench.data.agents.heldout18_read_24 import FAMILIES as READ_24
from bench.data.agents.heldout18_read_25 import FAMILIES as READ_25
from bench.data.agents.heldout18_read_26 import FAMILIES as READ_26
from bench.data.agents.heldout18_read_27 import FAMILIES as READ_27
from bench.data.agents.heldout18_read_28 import FAMILIES as READ_28
from bench.data.agents.heldout18_read_29 import FAMILIES as READ_29
from bench.data.agents.heldout18_read_30 import FAMILIES as READ_30
from bench.data.agents.heldout18_units import FAMILIES as UNITS
from bench.data.agents.heldout18_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout18_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout18_units_4 import FAMILIES as UNITS_4
from bench.data.agents.heldout18_units_5 import FAMILIES as UNITS_5
from bench.data.agents.heldout18_units_6 import FAMILIES as UNITS_6
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *MATH_8, *MATH_9, *MATH_10,
    *UNITS, *UNITS_2, *UNITS_3, *UNITS_4, *UNITS_5, *UNITS_6, *HEALTH, *HEALTH_2, *HEALTH_3,
    *HEALTH_4, *HEALTH_5, *MULTI, *DATA, *DATA_2, *DATA_3, *DATA_4, *DATA_5, *DATA_6, *DATA_7,
    *DATA_8, *DATA_9, *DATA_10, *DATA_11, *DATA_12, *DATA_13, *DATA_14, *READ, *READ_2, *READ_3,
    *READ_4, *READ_5, *READ_6, *READ_7, *READ_8, *READ_9, *READ_10, *READ_11, *READ_12,
    *READ_13, *READ_14, *READ_15, *READ_16, *READ_17, *READ_18, *READ_19, *READ_20, *READ_21,
    *READ_22, *READ_23, *READ_24, *READ_25, *READ_26, *READ_27, *READ_28, *READ_29, *READ_30]
