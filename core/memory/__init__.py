"""Per-person long-term memory: facts with provenance, hybrid retrieval, controls.

Entry points for the composition root: :func:`migrate` (tables), :class:`Memory` (the
service), :class:`MemorySkill` (the turn hooks), :func:`register_commands`, and
:func:`merge_memory` / :func:`merge_people` for when persons are merged.
"""

from core.memory.commands import register_commands
from core.memory.db import Database, ThreadDatabase
from core.memory.linking import merge_people
from core.memory.schema import merge_memory, migrate
from core.memory.service import Memory
from core.memory.skill import MemorySkill

__all__ = ["Database", "Memory", "MemorySkill", "ThreadDatabase", "merge_memory",
           "merge_people", "migrate", "register_commands"]
