"""Round 20 (``E_*``) for ``muse bench agents``, dev now: written in one sitting by five
authors who had not seen the planner's rules or any earlier round's items (only issue 9's
text, the README's account of what Muse can do, the item format and two earlier modules'
helpers as format examples), asked for realistic everyday requests in their own words, then
checked by two reviewers who recomputed one item of every family from its text alone, and
held out until its blind scores were recorded in ``heldout_round20.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another. Each family draws
ten items.

The families live in :mod:`bench.data.agents.heldout20_math` to ``heldout20_math_18``
(arithmetic, algebra, calculus, statistics, geometry, money and word problems),
``heldout20_units`` to ``heldout20_units_10`` and ``heldout20_health`` to ``heldout20_health_4``
(conversions, rates, health and everyday quantities), ``heldout20_multi`` to
``heldout20_multi_9`` (requests needing several agents), ``heldout20_data`` to
``heldout20_data_9`` (data questions) and ``heldout20_read`` to ``heldout20_read_9``
(receipts, signs and screenshots); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout20_data import FAMILIES as DATA
from bench.data.agents.heldout20_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout20_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout20_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout20_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout20_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout20_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout20_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout20_data_9 import FAMILIES as DATA_9
from bench.data.agents.heldout20_health import FAMILIES as HEALTH
from bench.data.agents.heldout20_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout20_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout20_health_4 import FAMILIES as HEALTH_4
from bench.data.agents.heldout20_math import FAMILIES as MATH
from bench.data.agents.heldout20_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout20_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout20_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout20_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout20_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout20_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout20_math_8 import FAMILIES as MATH_8
from bench.data.agents.heldout20_math_9 import FAMILIES as MATH_9
from bench.data.agents.heldout20_math_10 import FAMILIES as MATH_10
from bench.data.agents.heldout20_math_11 import FAMILIES as MATH_11
from bench.data.agents.heldout20_math_12 import FAMILIES as MATH_12
from bench.data.agents.heldout20_math_13 import FAMILIES as MATH_13
from bench.data.agents.heldout20_math_14 import FAMILIES as MATH_14
from bench.data.agents.heldout20_math_15 import FAMILIES as MATH_15
from bench.data.agents.heldout20_math_16 import FAMILIES as MATH_16
from bench.data.agents.heldout20_math_17 import FAMILIES as MATH_17
from bench.data.agents.heldout20_math_18 import FAMILIES as MATH_18
from bench.data.agents.heldout20_multi import FAMILIES as MULTI
from bench.data.agents.heldout20_multi_2 import FAMILIES as MULTI_2
from bench.data.agents.heldout20_multi_3 import FAMILIES as MULTI_3
from bench.data.agents.heldout20_multi_4 import FAMILIES as MULTI_4
from bench.data.agents.heldout20_multi_5 import FAMILIES as MULTI_5
from bench.data.agents.heldout20_multi_6 import FAMILIES as MULTI_6
from bench.data.agents.heldout20_multi_7 import FAMILIES as MULTI_7
from bench.data.agents.heldout20_multi_8 import FAMILIES as MULTI_8
from bench.data.agents.heldout20_multi_9 import FAMILIES as MULTI_9
from bench.data.agents.heldout20_read import FAMILIES as READ
from bench.data.agents.heldout20_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout20_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout20_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout20_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout20_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout20_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout20_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout20_read_9 import FAMILIES as READ_9
from bench.data.agents.heldout20_units import FAMILIES as UNITS
from bench.data.agents.heldout20_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout20_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout20_units_4 import FAMILIES as UNITS_4
from bench.data.agents.heldout20_units_5 import FAMILIES as UNITS_5
from bench.data.agents.heldout20_units_6 import FAMILIES as UNITS_6
from bench.data.agents.heldout20_units_7 import FAMILIES as UNITS_7
from bench.data.agents.heldout20_units_8 import FAMILIES as UNITS_8
from bench.data.agents.heldout20_units_9 import FAMILIES as UNITS_9
from bench.data.agents.heldout20_units_10 import FAMILIES as UNITS_10
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *MATH_8, *MATH_9, *MATH_10,
    *MATH_11, *MATH_12, *MATH_13, *MATH_14, *MATH_15, *MATH_16, *MATH_17, *MATH_18, *UNITS,
    *UNITS_2, *UNITS_3, *UNITS_4, *UNITS_5, *UNITS_6, *UNITS_7, *UNITS_8, *UNITS_9, *UNITS_10,
    *HEALTH, *HEALTH_2, *HEALTH_3, *HEALTH_4, *MULTI, *MULTI_2, *MULTI_3, *MULTI_4, *MULTI_5,
    *MULTI_6, *MULTI_7, *MULTI_8, *MULTI_9, *DATA, *DATA_2, *DATA_3, *DATA_4, *DATA_5, *DATA_6,
    *DATA_7, *DATA_8, *DATA_9, *READ, *READ_2, *READ_3, *READ_4, *READ_5, *READ_6, *READ_7,
    *READ_8, *READ_9]
