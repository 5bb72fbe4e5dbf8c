"""How each item was obtained (``basis``) and whether a person should look at it.

``basis`` lists what is not simply read in the text; ``["text"]`` means
nothing was guessed:
* ``speaker_pronoun`` / ``speaker_role``: the speaker was resolved from a
  pronoun ("sagte er") or a role noun ("der Kremlchef"); ``speaker_carried``:
  a statement without a speaker of its own took the one of an earlier
  sentence; ``speaker_unknown``: no speaker was found;
* ``date_published``: the event's date is the publication date (the article
  reports it as just happened and names no day); ``undated``: no date;
* ``merged_differing``: the event joins reports from several articles that
  give different dates or places (its ``variants``);
* ``vague``: a figure without a number ("Tausende"); ``as_of_published``: no
  time in the text, so the figure is taken as true on the publication date;
* timexes: ``relative_published`` / ``relative_narrative`` (resolved against
  the publication date or the story's last date), ``unresolved``;
* ``corrected``: a user set a value, merged or split it.
``needs_review`` is true for the uncertain kinds (``REVIEW_BASIS``) and for
figures in a conflict, until a user accepts or corrects the item.
"""
from __future__ import annotations

# The guesses a person should check: a wrong speaker, a wrong day, a merge of
# two different events, a number that is not one. The other kinds are marked
# but not queued, or every figure without its own date would be.
REVIEW_BASIS = frozenset({"speaker_pronoun", "speaker_role", "speaker_carried", "date_published",
                          "merged_differing", "vague"})


def _finish(basis: list[str], reviewed: str | None) -> list[str]:
    if reviewed == "corrected":
        basis = ["corrected"] + basis
    return basis or ["text"]


def quote_basis(row: dict, reviewed: str | None) -> list[str]:
    kind = row.get("speaker_basis")
    if kind in ("pronoun", "role", "carried"):
        basis = [f"speaker_{kind}"]
    elif kind == "corrected":
        basis = []
    elif not row.get("speaker_name"):
        basis = ["speaker_unknown"]
    else:
        basis = []
    return _finish(basis, reviewed)


# A statement's speaker is read (or guessed) as a quote's is.
statement_basis = quote_basis


def event_basis(row: dict, reviewed: str | None) -> list[str]:
    basis = []
    if row["date"] is None:
        basis.append("undated")
    elif row["date_basis"] == "published":
        basis.append("date_published")
    if len(row["articles"]) > 1 and row.get("variants"):
        basis.append("merged_differing")
    return _finish(basis, reviewed)


def figure_basis(row: dict, reviewed: str | None) -> list[str]:
    basis = []
    if row["vague"]:
        basis.append("vague")
    published = (row.get("published") or "")[:10]
    if not row["time"] and row["as_of"] and row["as_of"] == published:
        basis.append("as_of_published")
    return _finish(basis, reviewed)


def timex_basis(anchor: str | None, value: str | None, kind: str = "DATE") -> str:
    """``unresolved``: no value, or a date with placeholders (``XXXX-WXX-6``); a
    duration of unstated length (``PXY``, "in den vergangenen Jahren") is as
    the text says it."""
    if not value or (kind in ("DATE", "TIME") and "X" in value):
        return "unresolved"
    if anchor == "published":
        return "relative_published"
    if anchor == "narrative":
        return "relative_narrative"
    return "text"


def needs_review(basis: list[str], reviewed: str | None, in_conflict: bool = False) -> bool:
    if reviewed:
        return False
    return in_conflict or bool(REVIEW_BASIS.intersection(basis))
