"""Muse's conversation core: platform-free (a test enforces it)."""
