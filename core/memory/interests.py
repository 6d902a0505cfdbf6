"""The interest profile: topics the person talks about, weighted by recency.

A weight halves every ``HALF_LIFE`` seconds; each mention adds one. Interests are kept per
context (0 = private chats, otherwise the group) like facts, so a group only sees what the
person said there.
"""

from __future__ import annotations

import re
import sqlite3

HALF_LIFE = 14 * 24 * 3600.0

TOPICS: dict[str, tuple[str, ...]] = {
    "climbing": ("climb", "climbing", "bouldering", "boulder", "crag", "belay"),
    "hiking": ("hike", "hiking", "trail", "trek", "trekking"),
    "running": ("run", "running", "marathon", "jog", "jogging", "5k", "10k"),
    "cycling": ("cycling", "bike", "biking", "bicycle"),
    "swimming": ("swim", "swimming", "pool"),
    "cooking": ("cook", "cooking", "recipe", "recipes", "baking", "bake"),
    "photography": ("photo", "photos", "photography", "camera", "lens"),
    "music": ("guitar", "piano", "concert", "band", "music", "song", "songs"),
    "reading": ("book", "books", "novel", "reading"),
    "gaming": ("game", "games", "gaming", "playstation", "xbox", "nintendo"),
    "chess": ("chess",),
    "football": ("football", "soccer"),
    "travel": ("travel", "trip", "flight", "travelling", "traveling"),
    "gardening": ("garden", "gardening", "plants"),
    "yoga": ("yoga",),
    "programming": ("python", "code", "coding", "programming", "software"),
    "films": ("film", "films", "movie", "movies", "cinema"),
    "painting": ("painting", "paint", "drawing", "sketching"),
}
_WORD = re.compile(r"[a-z0-9]+")
_LOOKUP = {word: topic for topic, words in TOPICS.items() for word in words}


def topics_in(text: str) -> list[str]:
    return list(dict.fromkeys(t for w in _WORD.findall(text.lower()) if (t := _LOOKUP.get(w))))


def decayed(weight: float, updated_at: float, now: float) -> float:
    return float(weight * 0.5 ** (max(0.0, now - updated_at) / HALF_LIFE))


def bump(conn: sqlite3.Connection, person_id: int, context: int, topics: list[str],
         now: float) -> None:
    for topic in topics:
        row = conn.execute(
            "SELECT weight, updated_at FROM memory_interests WHERE person_id=? AND context=? "
            "AND topic=?", (person_id, context, topic)).fetchone()
        weight = (decayed(row[0], row[1], now) if row else 0.0) + 1.0
        conn.execute(
            "INSERT INTO memory_interests(person_id, context, topic, weight, updated_at) "
            "VALUES (?,?,?,?,?) ON CONFLICT(person_id, context, topic) DO UPDATE SET "
            "weight=excluded.weight, updated_at=excluded.updated_at",
            (person_id, context, topic, weight, now))


def top(conn: sqlite3.Connection, person_id: int, context: int | None, now: float,
        limit: int = 5) -> list[tuple[str, float]]:
    sql = "SELECT topic, weight, updated_at FROM memory_interests WHERE person_id=?"
    args: list[object] = [person_id]
    if context is not None:
        sql += " AND context=?"
        args.append(context)
    scores: dict[str, float] = {}
    for topic, weight, updated in conn.execute(sql, args):
        scores[topic] = scores.get(topic, 0.0) + decayed(weight, updated, now)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    return [(t, round(w, 2)) for t, w in ranked[:limit] if w >= 0.5]
