"""Round 22 (``A_*``) for ``muse bench agents``, dev now: written in one sitting by six
authors who had not seen the planner's rules or any earlier round's items (only issue 9's
text, the README's account of what Muse can do, the item format and two earlier modules'
helpers as format examples), asked for realistic everyday requests in their own words, then
checked by five reviewers who recomputed one item of every family from its text alone, and
held out until its blind scores were recorded in ``heldout_round22.json``; after that the
rules were adjusted in response, so it is dev.

Every family is drawn through :func:`bench.data.agents.helpers.fresh` in its own module: no
accepted answer appears in its own request, and no item repeats another. Each family draws
ten items.

The families live in :mod:`bench.data.agents.heldout22_math` to ``heldout22_math_7``
(arithmetic, algebra, calculus, statistics, geometry, money and word problems),
``heldout22_units`` to ``heldout22_units_11`` and ``heldout22_health`` to ``heldout22_health_5``
(conversions, rates, health and everyday quantities), ``heldout22_multi_h`` to
``heldout22_multi_h_5`` and ``heldout22_multi_k`` to ``heldout22_multi_k_12`` (requests needing
several agents, each written a message at a time by one of two authors), ``heldout22_data`` to
``heldout22_data_11`` (data questions) and ``heldout22_read`` to ``heldout22_read_8``
(receipts, signs and screenshots); this one registers them all in that order.
"""

from __future__ import annotations

from bench.data.agents.heldout22_data import FAMILIES as DATA
from bench.data.agents.heldout22_data_2 import FAMILIES as DATA_2
from bench.data.agents.heldout22_data_3 import FAMILIES as DATA_3
from bench.data.agents.heldout22_data_4 import FAMILIES as DATA_4
from bench.data.agents.heldout22_data_5 import FAMILIES as DATA_5
from bench.data.agents.heldout22_data_6 import FAMILIES as DATA_6
from bench.data.agents.heldout22_data_7 import FAMILIES as DATA_7
from bench.data.agents.heldout22_data_8 import FAMILIES as DATA_8
from bench.data.agents.heldout22_data_9 import FAMILIES as DATA_9
from bench.data.agents.heldout22_data_10 import FAMILIES as DATA_10
from bench.data.agents.heldout22_data_11 import FAMILIES as DATA_11
from bench.data.agents.heldout22_health import FAMILIES as HEALTH
from bench.data.agents.heldout22_health_2 import FAMILIES as HEALTH_2
from bench.data.agents.heldout22_health_3 import FAMILIES as HEALTH_3
from bench.data.agents.heldout22_health_4 import FAMILIES as HEALTH_4
from bench.data.agents.heldout22_health_5 import FAMILIES as HEALTH_5
from bench.data.agents.heldout22_math import FAMILIES as MATH
from bench.data.agents.heldout22_math_2 import FAMILIES as MATH_2
from bench.data.agents.heldout22_math_3 import FAMILIES as MATH_3
from bench.data.agents.heldout22_math_4 import FAMILIES as MATH_4
from bench.data.agents.heldout22_math_5 import FAMILIES as MATH_5
from bench.data.agents.heldout22_math_6 import FAMILIES as MATH_6
from bench.data.agents.heldout22_math_7 import FAMILIES as MATH_7
from bench.data.agents.heldout22_multi_h import FAMILIES as MULTI_H
from bench.data.agents.heldout22_multi_h_2 import FAMILIES as MULTI_H_2
from bench.data.agents.heldout22_multi_h_3 import FAMILIES as MULTI_H_3
from bench.data.agents.heldout22_multi_h_4 import FAMILIES as MULTI_H_4
from bench.data.agents.heldout22_multi_h_5 import FAMILIES as MULTI_H_5
from bench.data.agents.heldout22_multi_k import FAMILIES as MULTI_K
from bench.data.agents.heldout22_multi_k_2 import FAMILIES as MULTI_K_2
from bench.data.agents.heldout22_multi_k_3 import FAMILIES as MULTI_K_3
from bench.data.agents.heldout22_multi_k_4 import FAMILIES as MULTI_K_4
from bench.data.agents.heldout22_multi_k_5 import FAMILIES as MULTI_K_5
from bench.data.agents.heldout22_multi_k_6 import FAMILIES as MULTI_K_6
from bench.data.agents.heldout22_multi_k_7 import FAMILIES as MULTI_K_7
from bench.data.agents.heldout22_multi_k_8 import FAMILIES as MULTI_K_8
from bench.data.agents.heldout22_multi_k_9 import FAMILIES as MULTI_K_9
from bench.data.agents.heldout22_multi_k_10 import FAMILIES as MULTI_K_10
from bench.data.agents.heldout22_multi_k_11 import FAMILIES as MULTI_K_11
from bench.data.agents.heldout22_multi_k_12 import FAMILIES as MULTI_K_12
from bench.data.agents.heldout22_read import FAMILIES as READ
from bench.data.agents.heldout22_read_2 import FAMILIES as READ_2
from bench.data.agents.heldout22_read_3 import FAMILIES as READ_3
from bench.data.agents.heldout22_read_4 import FAMILIES as READ_4
from bench.data.agents.heldout22_read_5 import FAMILIES as READ_5
from bench.data.agents.heldout22_read_6 import FAMILIES as READ_6
from bench.data.agents.heldout22_read_7 import FAMILIES as READ_7
from bench.data.agents.heldout22_read_8 import FAMILIES as READ_8
from bench.data.agents.heldout22_units import FAMILIES as UNITS
from bench.data.agents.heldout22_units_2 import FAMILIES as UNITS_2
from bench.data.agents.heldout22_units_3 import FAMILIES as UNITS_3
from bench.data.agents.heldout22_units_4 import FAMILIES as UNITS_4
from bench.data.agents.heldout22_units_5 import FAMILIES as UNITS_5
from bench.data.agents.heldout22_units_6 import FAMILIES as UNITS_6
from bench.data.agents.heldout22_units_7 import FAMILIES as UNITS_7
from bench.data.agents.heldout22_units_8 import FAMILIES as UNITS_8
from bench.data.agents.heldout22_units_9 import FAMILIES as UNITS_9
from bench.data.agents.heldout22_units_10 import FAMILIES as UNITS_10
from bench.data.agents.heldout22_units_11 import FAMILIES as UNITS_11
from bench.data.agents.helpers import Family

HELDOUT: list[tuple[Family, int]] = [
    *MATH, *MATH_2, *MATH_3, *MATH_4, *MATH_5, *MATH_6, *MATH_7, *UNITS, *UNITS_2, *UNITS_3,
    *UNITS_4, *UNITS_5, *UNITS_6, *UNITS_7, *UNITS_8, *UNITS_9, *UNITS_10, *UNITS_11, *HEALTH,
    *HEALTH_2, *HEALTH_3, *HEALTH_4, *HEALTH_5, *MULTI_H, *MULTI_H_2, *MULTI_H_3, *MULTI_H_4,
    *MULTI_H_5, *MULTI_K, *MULTI_K_2, *MULTI_K_3, *MULTI_K_4, *MULTI_K_5, *MULTI_K_6,
    *MULTI_K_7, *MULTI_K_8, *MULTI_K_9, *MULTI_K_10, *MULTI_K_11, *MULTI_K_12, *DATA, *DATA_2,
    *DATA_3, *DATA_4, *DATA_5, *DATA_6, *DATA_7, *DATA_8, *DATA_9, *DATA_10, *DATA_11, *READ,
    *READ_2, *READ_3, *READ_4, *READ_5, *READ_6, *READ_7, *READ_8]
