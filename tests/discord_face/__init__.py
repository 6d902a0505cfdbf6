"""The Discord face against the fake Discord server, as users would use it."""
