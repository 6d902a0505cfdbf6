"""Muse's faces: platform adapters, delivery, web and the CLI."""
