"""The web face: health endpoints, the web chat and artifact previews."""
