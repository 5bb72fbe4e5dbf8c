"""chronik: a sourced, dated chronicle from a pile of news articles."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Chronicle", "__version__", "open"]


def __getattr__(name: str):
    """``Chronicle`` and ``open`` are imported on first use: a pipeline worker, which needs neither,
    then does not pay for the chronicle, export, review and link modules at its start."""
    if name in ("Chronicle", "open"):
        from chronik import chronicle

        return getattr(chronicle, name)
    raise AttributeError(f"module 'chronik' has no attribute {name!r}")
