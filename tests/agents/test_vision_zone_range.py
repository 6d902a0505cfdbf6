"""A range of plain numbers on a ticket ("Zone 1-3") is not read as opening hours."""

from __future__ import annotations

import asyncio

from core.agents.vision import answer_image
from core.agents.vision_sign_times import sign_times


def test_a_zone_range_is_no_hours() -> None:
    ticket = "Bus pass\nExpires 18:40\nZones 1-3"
    assert sign_times("it's 18:05, how long until it runs out?", ticket) == []
    reply = asyncio.run(answer_image("it's 18:05, how long until it runs out?", ticket)).text
    assert "**35 minutes**" in reply
