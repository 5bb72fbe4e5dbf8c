"""Trust and review: independent sources, channel chains and tags, how each
item was obtained (``basis``), the review queue, and user corrections that are
replayed after every build.

A build links through ``link_reviewed`` (``curation.py``): ``chronik.link``
defines the ``Curation`` interface and this layer plugs the corrections and the
review fields into it; the CLI and the web UI call ``review_queue``, ``correct``, ``undo``, ``apply_file`` and
``export_file``.
"""
from __future__ import annotations

# name -> its module, imported on first use: the CLI reads ``queue.KINDS`` at its start, and ``edit``
# pulls in the link layer
_MODULES = {"Correction": "corrections", "export_file": "corrections", "stale_corrections": "corrections",
            "stored_corrections": "corrections", "apply_file": "edit", "correct": "edit", "make_correction": "edit",
            "undo": "edit", "ReviewItem": "queue", "review_queue": "queue"}


def __getattr__(name: str):
    if name not in _MODULES:
        raise AttributeError(f"module 'chronik.review' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"chronik.review.{_MODULES[name]}"), name)

__all__ = ["Correction", "ReviewItem", "apply_file", "correct", "export_file", "make_correction",
           "review_queue", "stale_corrections", "stored_corrections", "undo"]
