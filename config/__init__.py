"""Typed settings for Muse (the only package that reads the environment)."""

from config.settings import ConfigError, Settings, load_settings

__all__ = ["ConfigError", "Settings", "load_settings"]
