"""The face's configuration checks, ``muse doctor`` lines and startup refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots import slack
from bots.slack import SlackRunner
from tests.fakes.fake_slack import FakeSlack
from tests.helpers import make_app, settings
from tests.slack.conftest import slack_settings


def test_check_names_what_is_missing(tmp_path: Path) -> None:
    assert slack.check(settings(tmp_path)) == "SLACK_BOT_TOKEN is not set"
    http = settings(tmp_path, slack={"bot_token": "xoxb-1"})
    reason = slack.check(http)
    assert reason is not None and "SLACK_SIGNING_SECRET" in reason
    assert slack.check(settings(tmp_path, slack={"bot_token": "xoxb-1",
                                                 "signing_secret": "s"})) is None
    assert slack.check(settings(tmp_path, slack={"bot_token": "xoxb-1",
                                                 "app_token": "xapp-1"})) is None


async def test_http_mode_refuses_to_start_without_a_signing_secret(fake: FakeSlack,
                                                                   data_dir: Path) -> None:
    config = {**slack_settings(fake), "signing_secret": ""}
    app = await make_app(data_dir, slack=config)
    try:
        with pytest.raises(RuntimeError, match="SLACK_SIGNING_SECRET"):
            await SlackRunner(app).start()
        assert fake.calls == []
    finally:
        await app.close()


async def test_diagnose_reports_the_workspace_and_transport(fake: FakeSlack,
                                                           tmp_path: Path) -> None:
    lines = await slack.diagnose(settings(tmp_path, slack=slack_settings(fake)))
    assert lines[0].startswith("transport: HTTP Events API")
    assert "T0FAKE" in lines[1] and "U0BOT" in lines[1]
    wrong = {**slack_settings(fake, socket=True), "bot_token": "xoxb-wrong"}
    lines = await slack.diagnose(settings(tmp_path, slack=wrong))
    assert lines[0] == "transport: Socket Mode"
    assert "auth.test failed" in lines[1]
