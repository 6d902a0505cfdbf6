"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``: every multi-part family of the
round, gathered from its topic modules."""

from __future__ import annotations

from bench.data.agents import (
    heldout18_multi_2,
    heldout18_multi_3,
    heldout18_multi_4,
    heldout18_multi_5,
    heldout18_multi_6,
    heldout18_multi_7,
    heldout18_multi_8,
    heldout18_multi_9,
    heldout18_multi_10,
    heldout18_multi_11,
    heldout18_multi_12,
    heldout18_multi_13,
    heldout18_multi_14,
    heldout18_multi_15,
    heldout18_multi_16,
    heldout18_multi_17,
    heldout18_multi_18,
    heldout18_multi_19,
    heldout18_multi_common,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = [
    *heldout18_multi_common.FAMILIES,
    *heldout18_multi_2.FAMILIES,
    *heldout18_multi_3.FAMILIES,
    *heldout18_multi_4.FAMILIES,
    *heldout18_multi_5.FAMILIES,
    *heldout18_multi_6.FAMILIES,
    *heldout18_multi_7.FAMILIES,
    *heldout18_multi_8.FAMILIES,
    *heldout18_multi_9.FAMILIES,
    *heldout18_multi_10.FAMILIES,
    *heldout18_multi_11.FAMILIES,
    *heldout18_multi_12.FAMILIES,
    *heldout18_multi_13.FAMILIES,
    *heldout18_multi_14.FAMILIES,
    *heldout18_multi_15.FAMILIES,
    *heldout18_multi_16.FAMILIES,
    *heldout18_multi_17.FAMILIES,
    *heldout18_multi_18.FAMILIES,
    *heldout18_multi_19.FAMILIES,
]
