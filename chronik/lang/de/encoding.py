"""The letters of German beyond ASCII, for telling a right 8-bit decoding from a wrong one.

A German text saved as Windows-1252 or Latin-1 has these as its only frequent
non-ASCII letters; the same bytes read with a DOS or Baltic code page turn them
into "õ", "³" or "„" inside words ("Mõrz", "f³r"). Origin: the German alphabet.
"""
from __future__ import annotations

LETTERS = frozenset("äöüÄÖÜß")
