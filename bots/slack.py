"""The Slack face: Muse in DMs, channels (``@muse`` mentions) and threads.

A thin adapter on slack-bolt: pure converters (:mod:`bots.slack_convert`), the delivery
client and its capabilities (:mod:`bots.slack_client`), and the runner
(:mod:`bots.slack_runner`) serving the Events API over HTTP, or Socket Mode when
``SLACK_APP_TOKEN`` is set.
"""

from __future__ import annotations

import asyncio

from bots.slack_client import CAPABILITIES, SlackClient
from bots.slack_convert import BotIdentity, classify, command_incoming, plain_text, to_incoming
from bots.slack_runner import SlackRunner, identity
from config.settings import Settings
from core.app import App

NAME = "slack"

__all__ = ["CAPABILITIES", "NAME", "BotIdentity", "SlackClient", "SlackRunner", "check",
           "classify", "command_incoming", "diagnose", "plain_text", "serve", "to_incoming"]


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def check(settings: Settings) -> str | None:
    slack = settings.slack
    if not _secret(slack.bot_token):
        return "SLACK_BOT_TOKEN is not set"
    if not _secret(slack.app_token) and not _secret(slack.signing_secret):
        return "SLACK_SIGNING_SECRET is not set (required in HTTP mode; Socket Mode needs " \
               "SLACK_APP_TOKEN)"
    return None


async def serve(app: App, stop: asyncio.Event) -> None:
    runner = SlackRunner(app)
    await runner.start()
    try:
        await stop.wait()
    finally:
        await runner.close()


async def diagnose(settings: Settings) -> list[str]:
    slack = settings.slack
    mode = "Socket Mode" if _secret(slack.app_token) else (
        f"HTTP Events API on {slack.events_listen}{slack.events_path}")
    try:
        bot = await identity(slack)
    except Exception as exc:
        return [f"transport: {mode}", f"auth.test failed ({exc})"]
    return [f"transport: {mode}", f"workspace {bot.team_id}, bot user {bot.user_id} "
            f"({bot.name or 'unnamed'})"]
