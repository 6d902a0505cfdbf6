"""Who may talk to Muse, and how much: the allowlist and per-person quotas."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass

from config.settings import AccessSettings, QuotaSettings
from core.messages import IdentityKey, PersonKey


def _parse(entry: str) -> tuple[str, str | None, str]:
    parts = entry.split(":")
    if len(parts) == 2:
        return parts[0], None, parts[1]
    return parts[0], parts[1], parts[2]


class AccessPolicy:
    """``open`` serves everyone; ``allowlist`` serves listed identities and tells others
    politely, once."""

    REFUSAL = ("Sorry, this Muse is private and only answers people its owner has added. "
               "Ask the owner to add you.")

    def __init__(self, settings: AccessSettings) -> None:
        self.mode = settings.mode
        self._allowed = [_parse(e) for e in settings.allow]
        self._told: set[IdentityKey] = set()

    def allows(self, identity: IdentityKey) -> bool:
        if self.mode == "open":
            return True
        return any(
            p == identity.platform and u == identity.user_id
            and (w is None or w == identity.workspace)
            for p, w, u in self._allowed
        )

    def refusal(self, identity: IdentityKey) -> str | None:
        """The polite refusal the first time; None (silence) afterwards."""
        if identity in self._told:
            return None
        self._told.add(identity)
        return self.REFUSAL


@dataclass(frozen=True, slots=True)
class QuotaVerdict:
    allowed: bool
    message: str = ""


class Quotas:
    """Messages per minute (in memory, sliding window) and model tokens per day (stored)."""

    def __init__(self, settings: QuotaSettings) -> None:
        self.settings = settings
        self._recent: dict[PersonKey, deque[float]] = {}

    def check_rate(self, person: PersonKey, now: float | None = None) -> QuotaVerdict:
        now = time.monotonic() if now is None else now
        window = self._recent.setdefault(person, deque())
        while window and now - window[0] >= 60:
            window.popleft()
        if len(window) >= self.settings.messages_per_minute:
            wait = int(60 - (now - window[0])) + 1
            return QuotaVerdict(False, f"You're sending messages faster than I can keep up "
                                       f"with. Please wait about {wait} s and try again.")
        window.append(now)
        return QuotaVerdict(True)

    def check_tokens(self, used_today: int) -> QuotaVerdict:
        if used_today >= self.settings.tokens_per_day:
            return QuotaVerdict(False, "You've reached today's usage limit. "
                                       "I'll be happy to continue tomorrow.")
        return QuotaVerdict(True)

    @staticmethod
    def today() -> str:
        return time.strftime("%Y-%m-%d", time.gmtime())
