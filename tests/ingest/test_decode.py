"""Short German files in Latin-1 and Windows-1252 arrive with their umlauts."""
import pytest

from chronik.ingest import ReadOptions, read_paths
from chronik.ingest.decode import decode, plausible_german

# Short enough that a detector guesses the Baltic DOS code page (cp775) for
# them: "Ab Mõrz gibt es zusõtzliche Z³ge f³r Pendler."
SHORT = "Ab März gibt es zusätzliche Züge für Pendler."
# Windows-1252 only: „“ quotes, the euro sign and a dash in 0x80-0x9F.
QUOTED = ("Der Bürgermeister sagte: „Wir brauchen zusätzliche 5 Millionen € für die Straßen.“ "
          "– Übrigens im März.")


@pytest.mark.parametrize("text, encoding", [
    (SHORT, "latin-1"), (SHORT, "cp1252"), (QUOTED, "cp1252"),
    ("Kurz: Größe", "latin-1"), ("Übergabe im März", "cp1252"),
])
def test_short_western_files_decode_to_german(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_latin1_file_is_read_with_its_umlauts(tmp_path, suffix):
    latin1 = QUOTED.replace("„", '"').replace("“", '"').replace("€", "Euro").replace("–", "-")
    body = f"<html><body><article><p>{SHORT} {latin1}</p></article></body></html>" if suffix == ".html" else SHORT
    f = tmp_path / f"kurz{suffix}"
    f.write_bytes(body.encode("latin-1"))
    (article,) = read_paths([f], ReadOptions())
    assert "Ab März gibt es zusätzliche Züge für Pendler." in article.text
    assert "Mõrz" not in article.text and "f³r" not in article.text


def test_other_encodings_still_reach_the_detector():
    russian = "Привет, как дела? Всё хорошо, спасибо. Мы едем домой завтра утром."
    assert decode(russian.encode("cp1251")) == russian
    assert decode(SHORT.encode("utf-8")) == SHORT


@pytest.mark.parametrize("text, plausible", [
    (SHORT, True),
    ("Ab Mõrz gibt es zusõtzliche Z³ge f³r Pendler.", False),  # a DOS code page's reading
    ("šbergabe im M„rz", False),                             # cp850 bytes read as Windows-1252
    ("MŠrz, zusŠtzliche", False),                            # Mac Roman bytes read as Windows-1252
    ("Im M\x84rz", False),                                   # a C1 control: Latin-1 of other bytes
    ("François traf im Café in Köln ein, geht’s?", True),
    # Russian in Windows-1251 read as Windows-1252:
    ("Ïðèâåò, êàê äåëà? Âñ¸ õîðîøî, ñïàñèáî. Ìû åäåì äîìîé çàâòðà óòðîì.", False),
])
def test_plausible_german(text, plausible):
    assert plausible_german(text) is plausible


def test_short_russian_read_as_windows_1252_is_not_german():
    assert plausible_german("Äà, äåëà") is False  # "Да, дела": mostly non-ASCII letters
