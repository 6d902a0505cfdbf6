"""Cross-platform identity linking with consent on both sides, and unlinking.

Flow: ``/link`` on platform A gives a one-time code (bound to A's identity, 10 minutes,
single use). ``/link CODE`` sent privately from B marks it redeemed and Muse asks A to
confirm; ``/link confirm`` on A merges B's person into A's. A code seen in a group or
channel is invalidated. Attempts are limited per code and per identity.

Uses the spine's ``people`` and ``identities`` tables and moves the memory rows.
"""

from __future__ import annotations

import enum
import re
import secrets
import sqlite3
from dataclasses import dataclass

from core.memory.schema import merge_memory
from core.messages import IdentityKey

CODE_TTL = 600.0
CODE_LENGTH = 8
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_SHAPE = re.compile(rf"\b[{ALPHABET}]{{{CODE_LENGTH}}}\b")
MAX_CODE_ATTEMPTS = 3
MAX_IDENTITY_ATTEMPTS = 5
MAX_CODES_PER_HOUR = 5
WINDOW = 600.0


class Outcome(enum.StrEnum):
    OK = "ok"
    INVALID = "invalid"
    RATE_LIMITED = "rate_limited"
    SAME_PERSON = "same_person"
    REFUSED_PUBLIC = "refused_public"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class LinkResult:
    outcome: Outcome
    code: str = ""
    creator: IdentityKey | None = None
    merged_from: int | None = None
    moved_facts: int = 0


def _attempts(conn: sqlite3.Connection, who: IdentityKey, since: float) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM memory_link_attempts WHERE platform=? AND workspace=? "
        "AND user_id=? AND at>?", (who.platform, who.workspace, who.user_id, since)).fetchone()
    return int(row[0])


def _note_attempt(conn: sqlite3.Connection, who: IdentityKey, now: float) -> None:
    conn.execute("INSERT INTO memory_link_attempts VALUES (?,?,?,?)",
                 (who.platform, who.workspace, who.user_id, now))
    conn.execute("DELETE FROM memory_link_attempts WHERE at<?", (now - 3600.0,))


def create_code(conn: sqlite3.Connection, who: IdentityKey, person_id: int,
                now: float) -> LinkResult:
    made = conn.execute(
        "SELECT COUNT(*) FROM memory_link_codes WHERE platform=? AND workspace=? AND user_id=? "
        "AND created_at>?", (who.platform, who.workspace, who.user_id, now - 3600.0)).fetchone()
    if int(made[0]) >= MAX_CODES_PER_HOUR:
        return LinkResult(Outcome.RATE_LIMITED)
    conn.execute(
        "UPDATE memory_link_codes SET state='void' WHERE platform=? AND workspace=? "
        "AND user_id=? AND state IN ('open', 'redeemed')", (who.platform, who.workspace,
                                                           who.user_id))
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    conn.execute(
        "INSERT INTO memory_link_codes(code, person_id, platform, workspace, user_id, "
        "created_at, state) VALUES (?,?,?,?,?,?, 'open')",
        (code, person_id, who.platform, who.workspace, who.user_id, now))
    return LinkResult(Outcome.OK, code=code)


def invalidate_codes_in(conn: sqlite3.Connection, text: str) -> int:
    """Void every live code that appears in ``text`` (said in a group or channel)."""
    count = 0
    for code in set(CODE_SHAPE.findall(text.upper())):
        cur = conn.execute("UPDATE memory_link_codes SET state='void' WHERE code=? "
                           "AND state IN ('open', 'redeemed')", (code,))
        count += cur.rowcount
    return count


def redeem(conn: sqlite3.Connection, code: str, who: IdentityKey, person_id: int,
           display_name: str, now: float) -> LinkResult:
    """``/link CODE`` sent privately by ``who``."""
    if _attempts(conn, who, now - WINDOW) >= MAX_IDENTITY_ATTEMPTS:
        return LinkResult(Outcome.RATE_LIMITED)
    _note_attempt(conn, who, now)
    code = code.strip().upper()
    row = conn.execute(
        "SELECT person_id, platform, workspace, user_id, created_at, state, attempts "
        "FROM memory_link_codes WHERE code=?", (code,)).fetchone()
    if row is None:
        return LinkResult(Outcome.INVALID)
    conn.execute("UPDATE memory_link_codes SET attempts=attempts+1 WHERE code=?", (code,))
    owner, platform, workspace, user_id, created, state, attempts = row
    if state != "open" or now - created > CODE_TTL or attempts >= MAX_CODE_ATTEMPTS:
        return LinkResult(Outcome.INVALID)
    if owner == person_id:
        return LinkResult(Outcome.SAME_PERSON)
    conn.execute(
        "UPDATE memory_link_codes SET state='redeemed', other_platform=?, other_workspace=?, "
        "other_user_id=?, other_name=?, redeemed_at=? WHERE code=?",
        (who.platform, who.workspace, who.user_id, display_name[:64], now, code))
    return LinkResult(Outcome.OK, code=code, creator=IdentityKey(platform, workspace, user_id))


def person_of(conn: sqlite3.Connection, who: IdentityKey) -> int | None:
    row = conn.execute("SELECT person_id FROM identities WHERE platform=? AND workspace=? "
                       "AND user_id=?", (who.platform, who.workspace, who.user_id)).fetchone()
    return None if row is None else int(row[0])


def confirm(conn: sqlite3.Connection, who: IdentityKey, person_id: int,
            now: float) -> LinkResult:
    """``/link confirm`` from the code's creator: the redeemer's person joins this one."""
    row = conn.execute(
        "SELECT code, other_platform, other_workspace, other_user_id FROM memory_link_codes "
        "WHERE platform=? AND workspace=? AND user_id=? AND person_id=? AND state='redeemed' "
        "AND redeemed_at>? ORDER BY redeemed_at DESC LIMIT 1",
        (who.platform, who.workspace, who.user_id, person_id, now - CODE_TTL)).fetchone()
    if row is None:
        return LinkResult(Outcome.NOTHING)
    code, *other = row
    conn.execute("UPDATE memory_link_codes SET state='used' WHERE code=?", (code,))
    source = person_of(conn, IdentityKey(*other))
    if source is None or source == person_id:
        return LinkResult(Outcome.NOTHING)
    moved = merge_people(conn, source, person_id)
    return LinkResult(Outcome.OK, code=code, merged_from=source, moved_facts=moved)


# Other features' per-person rows that follow a person into a merge.
PERSON_TABLES = ("messages", "media", "usage", "builder_artifacts")


def merge_people(conn: sqlite3.Connection, source: int, target: int) -> int:
    """Every identity, message and memory of ``source`` now belongs to ``target``."""
    conn.execute("UPDATE identities SET person_id=? WHERE person_id=?", (target, source))
    for table in PERSON_TABLES:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (table,)).fetchone():
            conn.execute(f"UPDATE OR IGNORE {table} SET person_id=? WHERE person_id=?",
                         (target, source))
    return merge_memory(conn, source, target)


def unlink(conn: sqlite3.Connection, who: IdentityKey, person_id: int,
           now: float) -> LinkResult:
    """This identity becomes a new person with no memories; facts stay with the rest."""
    others = conn.execute(
        "SELECT COUNT(*) FROM identities WHERE person_id=? AND NOT (platform=? AND "
        "workspace=? AND user_id=?)", (person_id, who.platform, who.workspace,
                                       who.user_id)).fetchone()
    if int(others[0]) == 0:
        return LinkResult(Outcome.NOTHING)
    cur = conn.execute("INSERT INTO people(created_at) VALUES (?)", (now,))
    new_person = int(cur.lastrowid or 0)
    conn.execute("UPDATE identities SET person_id=? WHERE platform=? AND workspace=? "
                 "AND user_id=?", (new_person, who.platform, who.workspace, who.user_id))
    return LinkResult(Outcome.OK, merged_from=new_person)
