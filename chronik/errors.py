"""The error family users see: one line that says what failed, where, and the fix."""


class ChronikError(Exception):
    """Base class of every error chronik reports to a user."""


class ConfigError(ChronikError):
    """A bad option or setting."""


class InputError(ChronikError):
    """An input file or record that cannot be read."""


class StoreError(ChronikError):
    """A store that cannot be opened, migrated or written."""
