"""Typed settings: defaults, environment overrides, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import ConfigError, load_settings


def test_defaults() -> None:
    s = load_settings()
    assert s.web_host == "127.0.0.1" and s.web_port == 8080
    assert s.access.mode == "open"
    assert s.telegram.api_base == "https://api.telegram.org"


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUSE_MODEL__BACKEND", "openai")
    monkeypatch.setenv("MUSE_ACCESS__MODE", "allowlist")
    monkeypatch.setenv("MUSE_ACCESS__ALLOW", '["telegram:42", "slack:T1:U2"]')
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:hushhush")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
    s = load_settings()
    assert s.model.backend == "openai"
    assert s.access.allow == ("telegram:42", "slack:T1:U2")
    assert s.telegram.bot_token is not None
    assert s.telegram.bot_token.get_secret_value() == "123:hushhush"
    assert "hushhush" not in repr(s)
    assert s.slack.api_url == "http://127.0.0.1:9/api/"


def test_user_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "muse.toml"
    path.write_text('web_port = 9000\n[quotas]\nmessages_per_minute = 5\n')
    monkeypatch.setenv("MUSE_CONFIG", str(path))
    s = load_settings()
    assert s.web_port == 9000 and s.quotas.messages_per_minute == 5
    monkeypatch.setenv("MUSE_WEB_PORT", "9100")
    assert load_settings().web_port == 9100


@pytest.mark.parametrize(("env", "value", "named"), [
    ("MUSE_WEB_PORT", "eighty", "MUSE_WEB_PORT"),
    ("MUSE_ACCESS__MODE", "closed", "MUSE_ACCESS__MODE"),
    ("MUSE_MODEL__DEADLINE_S", "soon", "MUSE_MODEL__DEADLINE_S"),
])
def test_invalid_value_names_the_setting(monkeypatch: pytest.MonkeyPatch, env: str,
                                         value: str, named: str) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError, match=named):
        load_settings()
