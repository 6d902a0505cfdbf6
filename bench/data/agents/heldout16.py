"""Round 16 (``L_*``) for ``muse bench agents``, dev now: written in one sitting by five
authors who had not seen the planner's rules (only issue 9's text and the item format), and
held out until its blind scores were recorded in ``heldout_round16.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another.

The families live in :mod:`bench.data.agents.heldout16_math` to ``heldout16_math_9``
(arithmetic, percentages, money, word problems, statistics asked as maths),
``heldout16_algebra`` to ``heldout16_algebra_5`` (equations, simplifying, functions,
calculus, linear algebra, geometry), ``heldout16_units`` to ``heldout16_units_8`` and
``heldout16_health`` to ``heldout16_health_4`` (conversions, health and everyday
quantities), :mod:`bench.data.agents.heldout16_multi` (requests needing several agents),
``heldout16_data`` to ``heldout16_data_8`` (data questions) and ``heldout16_read`` to
``heldout16_read_6`` (receipts, signs and screenshots); this one registers them all in that
order.
"""

from __future__ import annotations

from bench.data.agents.heldout16_algebra import FAMILIES as ALGEBRA
from bench.data.agents.heldout16_algebra_2 import FAMILIES as ALGEBRA_2
from bench.data.agents.heldout16_algebra_3 import FAMILIES as ALGEBRA_3
from bench.data.agents.heldout16_algebra_4 import FAMILIES as ALGEBRA_4
from bench.data.agents.heldout16_algebra_5 import FAMILIES as ALGEBRA_5
from bench.data.agents.heldout16_data import FAMILIES as DATA
from bench.data.agents.heldout16_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout16_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout16_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout16_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout16_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout16_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout16_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout16_health import FAMILIES as HEALTH
from bench.data.agents.heldout16_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout16_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout16_health_4 import FAMILIES as HEALTH_4
from bench.data.agents.heldout16_math import FAMILIES as MATH
from bench.data.agents.heldout16_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout16_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout16_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout16_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout16_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout16_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout16_math_8 import FAMILIES as MATH_8
from bench.data.agents.heldout16_math_9 import FAMILIES as MATH_9
from bench.data.agents.heldout16_multi import FAMILIES as MULTI
from bench.data.agents.heldout16_read import FAMILIES as READ
from bench.data.agents.heldout16_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout16_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout16_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout16_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout16_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout16_units import FAMILIES as UNITS
from bench.data.agents.heldout16_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout16_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout16_units_4 import FAMILIES as UNITS_4
from bench.data.agents.heldout16_units_5 import FAMILIES as UNITS_5
from bench.data.agents.heldout16_units_6 import FAMILIES as UNITS_6
from bench.data.agents.heldout16_units_7 import FAMILIES as UNITS_7
from bench.data.agents.heldout16_units_8 import FAMILIES as UNITS_8
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *MATH_8, *MATH_9, *ALGEBRA,
    *ALGEBRA_2, *ALGEBRA_3, *ALGEBRA_4, *ALGEBRA_5, *UNITS, *UNITS_2, *UNITS_3, *UNITS_4,
    *UNITS_5, *UNITS_6, *UNITS_7, *UNITS_8, *HEALTH, *HEALTH_2, *HEALTH_3, *HEALTH_4, *MULTI,
    *DATA, *DATA_2, *DATA_3, *DATA_4, *DATA_5, *DATA_6, *DATA_7, *DATA_8, *READ, *READ_2,
    *READ_3, *READ_4, *READ_5, *READ_6]
