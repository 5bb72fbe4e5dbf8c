"""Trust and review: independent sources, channel chains and tags, how each
item was obtained (``basis``), the review queue, and user corrections that are
replayed after every build.

A build links through ``link_reviewed`` (``curation.py``): ``chronik.link``
defines the ``Curation`` interface and this layer plugs the corrections and the
review fields into it; the CLI and the web UI call ``review_queue``, ``correct``, ``undo``, ``apply_file`` and
``export_file``.
"""
from __future__ import annotations

from chronik.review.corrections import Correction, export_file, stale_corrections, stored_corrections
from chronik.review.edit import apply_file, correct, make_correction, undo
from chronik.review.queue import ReviewItem, review_queue

__all__ = ["Correction", "ReviewItem", "apply_file", "correct", "export_file", "make_correction",
           "review_queue", "stale_corrections", "stored_corrections", "undo"]
