"""Round 17 (``M_*``) for ``muse bench agents``, dev now: written in one sitting by eight
authors who had not seen the planner's rules (only issue 9's text and the item format), and
held out until its blind scores were recorded in ``heldout_round17.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another.

The families live in :mod:`bench.data.agents.heldout17_math` to ``heldout17_math_3``,
``heldout17_math_a2`` to ``heldout17_math_a2_11`` and ``heldout17_math_a3`` to
``heldout17_math_a3_5`` (arithmetic, percentages, money, word problems, counting, chance and
school maths), ``heldout17_algebra`` and ``heldout17_algebra_2`` (equations, functions,
calculus, linear algebra, geometry), ``heldout17_units`` to ``heldout17_units_3``,
``heldout17_units_d2`` to ``heldout17_units_d2_3``, ``heldout17_health`` to
``heldout17_health_3`` and ``heldout17_health_d2`` to ``heldout17_health_d2_3``
(conversions, health and everyday quantities), :mod:`bench.data.agents.heldout17_multi`
(requests needing several agents), ``heldout17_data`` to ``heldout17_data_6`` (data
questions) and ``heldout17_read`` to ``heldout17_read_12`` (receipts, signs and
screenshots); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout17_algebra import FAMILIES as ALGEBRA
from bench.data.agents.heldout17_algebra_2 import FAMILIES as ALGEBRA_2
from bench.data.agents.heldout17_data import FAMILIES as DATA
from bench.data.agents.heldout17_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout17_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout17_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout17_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout17_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout17_health import FAMILIES as HEALTH
from bench.data.agents.heldout17_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout17_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout17_health_d2 import FAMILIES as HEALTH_D2
from bench.data.agents.heldout17_health_d2_2 import FAMILIES as HEALTH_D2_2
from bench.data.agents.heldout17_health_d2_3 import FAMILIES as HEALTH_D2_3
from bench.data.agents.heldout17_math import FAMILIES as MATH
from bench.data.agents.heldout17_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout17_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout17_math_a2 import FAMILIES as MATH_A2
from bench.data.agents.heldout17_math_a2_2 import FAMILIES as MATH_A2_2
from bench.data.agents.heldout17_math_a2_3 import FAMILIES as MATH_A2_3
from bench.data.agents.heldout17_math_a2_4 import FAMILIES as MATH_A2_4
from bench.data.agents.heldout17_math_a2_5 import FAMILIES as MATH_A2_5
from bench.data.agents.heldout17_math_a2_6 import FAMILIES as MATH_A2_6
from bench.data.agents.heldout17_math_a2_7 import FAMILIES as MATH_A2_7
from bench.data.agents.heldout17_math_a2_8 import FAMILIES as MATH_A2_8
from bench.data.agents.heldout17_math_a2_9 import FAMILIES as MATH_A2_9
from bench.data.agents.heldout17_math_a2_10 import FAMILIES as MATH_A2_10
from bench.data.agents.heldout17_math_a2_11 import FAMILIES as MATH_A2_11
from bench.data.agents.heldout17_math_a3 import FAMILIES as MATH_A3
from bench.data.agents.heldout17_math_a3_2 import FAMILIES as MATH_A3_2
from bench.data.agents.heldout17_math_a3_3 import FAMILIES as MATH_A3_3
from bench.data.agents.heldout17_math_a3_4 import FAMILIES as MATH_A3_4
from bench.data.agents.heldout17_math_a3_5 import FAMILIES as MATH_A3_5
from bench.data.agents.heldout17_multi import FAMILIES as MULTI
from bench.data.agents.heldout17_read import FAMILIES as READ
from bench.data.agents.heldout17_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout17_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout17_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout17_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout17_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout17_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout17_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout17_read_9 import FAMILIES as READ_9
from bench.data.agents.heldout17_read_10 import FAMILIES as READ_10
from bench.data.agents.heldout17_read_11 import FAMILIES as READ_11
from bench.data.agents.heldout17_read_12 import FAMILIES as READ_12
from bench.data.agents.heldout17_units import FAMILIES as UNITS
from bench.data.agents.heldout17_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout17_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout17_units_d2 import FAMILIES as UNITS_D2
from bench.data.agents.heldout17_units_d2_2 import FAMILIES as UNITS_D2_2
from bench.data.agents.heldout17_units_d2_3 import FAMILIES as UNITS_D2_3
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_A2, *MATH_A2_2, *MATH_A2_3, *MATH_A2_4, *MATH_A2_5,
    *MATH_A2_6, *MATH_A2_7, *MATH_A2_8, *MATH_A2_9, *MATH_A2_10, *MATH_A2_11, *MATH_A3,
    *MATH_A3_2, *MATH_A3_3, *MATH_A3_4, *MATH_A3_5, *ALGEBRA, *ALGEBRA_2, *UNITS, *UNITS_2,
    *UNITS_3, *UNITS_D2, *UNITS_D2_2, *UNITS_D2_3, *HEALTH, *HEALTH_2, *HEALTH_3, *HEALTH_D2,
    *HEALTH_D2_2, *HEALTH_D2_3, *MULTI, *DATA, *DATA_2, *DATA_3, *DATA_4, *DATA_5, *DATA_6,
    *READ, *READ_2, *READ_3, *READ_4, *READ_5, *READ_6, *READ_7, *READ_8, *READ_9, *READ_10,
    *READ_11, *READ_12]
