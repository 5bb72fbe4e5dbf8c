"""Cleaning: from a reader's raw text to the story text and its metadata.

The cleaner walks the lines of an article once, in this order:
1. a leading ``date YYYY-MM-DD`` header and bylines go to metadata, and so
   does a page's time stamp among the first lines (``DAUN, 12.04.2016 - 15:47
   Uhr``, ``14:31 24.02.16``);
2. an author line ("Name Name Redakteur ...") goes to ``authors``;
3. a title line is taken when the container gave none;
4. a dateline glued to the first sentence goes to ``published``;
5. captions, credits, promotion and tag lines are dropped wherever they are,
   and a trailing run of short non-sentences (menus, ads) is cut;
6. agency credit lines ("wa/fab (dpa, afp, rtr)") go to ``agencies``, and the
   day of a dated closing credit ("... ausgefallen. (APA, 12.9.2015)") dates an
   article that states no publication of its own.
Every dropped line is kept with its reason in ``Article.dropped``.
"""
from chronik.clean.cleaner import clean

__all__ = ["clean"]
