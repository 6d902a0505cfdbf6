"""Round 16 multi-part families (``L_m_*``): filled in below as they are written."""

from bench.data.agents.helpers import Family

MORE_2: list[Family] = []
