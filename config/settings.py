"""Typed settings, loaded once at the entry point and passed down.

Precedence (highest first): explicit arguments, ``MUSE_*`` environment variables (``__``
separates nested sections), the platform variables (``TELEGRAM_*``, ``DISCORD_*``,
``SLACK_*``), the user's TOML file (``MUSE_CONFIG`` or ``~/.config/muse/config.toml``),
then ``config/default.toml``. Nothing outside ``config/`` reads the environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_FILE = Path(__file__).with_name("default.toml")
USER_FILE = Path("~/.config/muse/config.toml").expanduser()


class ConfigError(Exception):
    """The configuration is invalid; the message names the setting."""


class Section(BaseModel):
    model_config = {"extra": "forbid", "frozen": True}


class ScriptedSettings(Section):
    mode: Literal["echo", "fixed", "repeat_prompt"] = "echo"
    reply: str = "Hello from Muse."
    delay_s: float = 0.0
    chunk_chars: int = 0


class TransformersSettings(Section):
    model_dir: Path | None = None
    dtype: Literal["auto", "bfloat16", "float32"] = "auto"
    max_batch: int = 8
    max_new_tokens: int = 256
    repetition_penalty: float = 1.1
    threads: int = 2
    context_tokens: int = 2048
    prefill_chunk: int = 1024


class OpenAISettings(Section):
    base_url: str = "http://127.0.0.1:8000/v1"
    api_key: SecretStr = SecretStr("")
    model: str = "default"
    timeout_s: float = 60.0
    connect_timeout_s: float = 10.0
    max_retries: int = 3
    vision: bool = False
    tools: bool | None = None
    # The model writes the agents' answers in prose (figures checked); off: templates.
    prose: bool = True


class LlamaCppSettings(Section):
    model_path: Path | None = None
    n_ctx: int = 2048
    n_threads: int = 0
    pool_size: int = 1


class ModelSettings(Section):
    backend: str = "transformers"
    max_new_tokens: int = 256
    deadline_s: float = 60.0
    first_token_timeout_s: float = 30.0
    scripted: ScriptedSettings = ScriptedSettings()
    transformers: TransformersSettings = TransformersSettings()
    openai: OpenAISettings = OpenAISettings()
    llamacpp: LlamaCppSettings = LlamaCppSettings()


class AccessSettings(Section):
    mode: Literal["open", "allowlist"] = "open"
    # Identities as "platform:user" or "platform:workspace:user".
    allow: tuple[str, ...] = ()

    @field_validator("allow", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        return value

    @field_validator("allow")
    @classmethod
    def _shape(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for entry in value:
            if not 2 <= len(entry.split(":")) <= 3 or not all(entry.split(":")):
                raise ValueError(f"{entry!r} is not platform:user or platform:workspace:user")
        return value


class QuotaSettings(Section):
    messages_per_minute: int = 20
    tokens_per_day: int = 200_000


class EngineSettings(Section):
    history_tokens: int = 1200
    input_tokens: int = 1500
    system_prompt: str = "You are Muse, a friendly, concise personal assistant."
    max_image_bytes: int = 20 * 1024 * 1024
    max_image_pixels: int = 40_000_000


class TelegramSettings(Section):
    bot_token: SecretStr | None = None
    api_base: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_secret: SecretStr = SecretStr("")
    webhook_listen: str = "127.0.0.1:8443"
    max_backlog_age_s: int = 24 * 3600


class DiscordSettings(Section):
    bot_token: SecretStr | None = None
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = ""


class SlackSettings(Section):
    bot_token: SecretStr | None = None
    signing_secret: SecretStr = SecretStr("")
    app_token: SecretStr | None = None
    api_url: str = "https://slack.com/api/"
    events_listen: str = "127.0.0.1:3000"
    events_path: str = "/slack/events"


class MemorySettings(Section):
    enabled: bool = True
    recall_tokens: int = 300


class AgentSettings(Section):
    enabled: bool = True
    workers: int = 2
    subtask_timeout_s: float = 20.0


class BuilderSettings(Section):
    enabled: bool = True


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MUSE_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    data_dir: Path = Path("./data")
    cache_dir: Path = Path("~/.cache/muse")
    web_host: str = "127.0.0.1"
    web_port: int = Field(8080, ge=0, le=65535)
    public_url: str = ""
    preview_url: str = ""
    preview_host: str = "127.0.0.1"
    preview_port: int = Field(8081, ge=0, le=65535)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_text: bool = False

    model: ModelSettings = ModelSettings()
    access: AccessSettings = AccessSettings()
    quotas: QuotaSettings = QuotaSettings()
    engine: EngineSettings = EngineSettings()
    telegram: TelegramSettings = TelegramSettings()
    discord: DiscordSettings = DiscordSettings()
    slack: SlackSettings = SlackSettings()
    memory: MemorySettings = MemorySettings()
    agents: AgentSettings = AgentSettings()
    builder: BuilderSettings = BuilderSettings()

    @field_validator("cache_dir", "data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        files = [p for p in (_user_file(), DEFAULT_FILE) if p.is_file()]
        tomls = tuple(TomlConfigSettingsSource(settings_cls, toml_file=p) for p in files)
        return (init_settings, env_settings, PlatformEnvSource(settings_cls), *tomls)


# Platform variables keep their conventional names (no MUSE_ prefix).
PLATFORM_ENV = {
    "telegram": ("TELEGRAM_", ("bot_token", "api_base", "webhook_url", "webhook_secret",
                               "webhook_listen")),
    "discord": ("DISCORD_", ("bot_token", "api_base", "gateway_url")),
    "slack": ("SLACK_", ("bot_token", "signing_secret", "app_token", "api_url",
                         "events_listen", "events_path")),
}


class PlatformEnvSource(PydanticBaseSettingsSource):
    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for section, (prefix, names) in PLATFORM_ENV.items():
            values = {n: os.environ[prefix + n.upper()] for n in names
                      if os.environ.get(prefix + n.upper(), "") != ""}
            if values:
                found[section] = values
        return found


def _user_file() -> Path:
    return Path(os.environ.get("MUSE_CONFIG", str(USER_FILE))).expanduser()


def _setting_name(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in PLATFORM_ENV and len(parts) > 1:
        return PLATFORM_ENV[parts[0]][0] + "_".join(parts[1:]).upper()
    return "MUSE_" + "__".join(parts).upper()


def load_settings(**overrides: Any) -> Settings:
    """Load and validate; an invalid value raises :class:`ConfigError` naming it."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [f"{_setting_name(e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(lines)) from None
    except (ValueError, OSError) as exc:  # unreadable or malformed TOML
        raise ConfigError(f"invalid configuration file: {exc}") from None
