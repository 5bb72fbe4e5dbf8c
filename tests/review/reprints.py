"""A pile where one agency story is reprinted by several outlets, made from the seed articles.

How it is made (every edit is below, on real seed text):
* AFP's letter story (seed 001) as ``t-online`` printed it;
* the same copy at ``Stern`` with small edits: the photo caption and the last paragraph dropped,
  another teaser (a near-duplicate);
* ``Zeit``: the first half of the AFP copy under its own two-sentence introduction, with the
  credit "(afp)" (a shared credit and matching text, too different for a near-duplicate);
* ``Focus``: its own short text crediting AFP that keeps one AFP sentence word for word;
* ``taz``: its own report of the letter, no agency (an independent source);
* the KCNA call story (seed 000) at ``Spiegel`` and, lightly edited, at ``n-tv`` (no credit);
* the Beijing meeting (seed 003, credited AFP, dpa and Reuters) at ``Welt``: it shares the AFP credit
  with the letter story but not its text, so it stays a source of its own.
Groups of copies, by construction: {t-online, Stern, Zeit, Focus}, {Spiegel, n-tv}, {taz}, {Welt}.
"""
from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
COPY_GROUPS = {"t-online": "afp-letter", "Stern": "afp-letter", "Zeit": "afp-letter", "Focus": "afp-letter",
               "Spiegel": "kcna-call", "n-tv": "kcna-call", "taz": "taz", "Welt": "beijing"}


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def reprint_rows() -> list[dict]:
    letter = _paragraphs(_seed("001"))
    byline, body = letter[0], letter[3:]  # the caption and teaser (paragraphs 2 and 3) are not reprinted
    stern = [byline, "Putin dankt Kim für die Soldaten – pünktlich vor dem Gipfel in Alaska.", *body[:-1]]
    zeit = ["Der Kreml sucht den Schulterschluss mit Pjöngjang. Ein Brief Putins an Kim Jong Un zeigt, "
            "wie eng die beiden Regime inzwischen verbunden sind.", *body[:3], "(afp)"]
    focus = [body[0].split(". Wie ")[0] + ".",
             "Der Brief wurde wenige Stunden vor dem Treffen zwischen Trump und Putin bekannt. Beobachter in "
             "Seoul sehen darin ein Signal an Washington.", "(afp)"]
    taz = ("Kremlchef Wladimir Putin hat am Freitag in einem Brief an Nordkoreas Machthaber Kim Jong Un "
           "die nordkoreanischen Soldaten gelobt.\n\nDas Schreiben zeigt, wie sehr Moskau inzwischen auf "
           "die Hilfe aus Pjöngjang setzt. Menschenrechtler kritisieren die Zusammenarbeit seit Monaten.")
    call = _seed("000")
    ntv = call.replace("Der Kreml bestätigte das Gespräch.", "Auch der Kreml bestätigte das Telefonat.")
    return [
        {"url": "https://t-online.example/putin-brief", "outlet": "t-online", "published": "2025-08-15T16:38",
         "text": "\n\n".join(letter)},
        {"url": "https://stern.example/putin-kim", "outlet": "Stern", "published": "2025-08-15T17:10",
         "text": "\n\n".join(stern)},
        {"url": "https://zeit.example/kreml-pjoengjang", "outlet": "Zeit", "published": "2025-08-15T18:02",
         "text": "\n\n".join(zeit)},
        {"url": "https://focus.example/brief", "outlet": "Focus", "published": "2025-08-15T19:30",
         "text": "\n\n".join(focus)},
        {"url": "https://taz.example/putin-brief", "outlet": "taz", "published": "2025-08-16", "text": taz},
        {"url": "https://spiegel.example/telefonat", "outlet": "Spiegel", "published": "2025-08-13", "text": call},
        {"url": "https://n-tv.example/telefonat", "outlet": "n-tv", "published": "2025-08-13T12:00", "text": ntv},
        {"url": "https://welt.example/peking", "outlet": "Welt", "published": "2025-09-03",
         "title": "Kim versichert Putin volle Unterstützung", "text": _seed("003").split("\n", 1)[1]},
    ]


def write_pile(folder: Path) -> Path:
    path = folder / "reprints.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reprint_rows()), encoding="utf-8")
    return path
