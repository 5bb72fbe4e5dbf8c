"""chronik: a sourced, dated chronicle from a pile of news articles."""
from chronik.chronicle import Chronicle, open

__version__ = "0.1.0"
__all__ = ["Chronicle", "__version__", "open"]
