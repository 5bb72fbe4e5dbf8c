from chronik.clean import clean
from chronik.ingest import read_paths
from chronik.lang.de.cleaning import CLEANING_RULES
from chronik.records import RawArticle
from tests.conftest import seed


def cleaned(prefix: str):
    raw = next(iter(read_paths([seed(prefix)])))
    return clean(raw, CLEANING_RULES)


def test_date_header_and_caption_of_000():
    a = cleaned("000")
    assert a.published == "2025-08-13"
    assert a.agencies == ()
    assert a.dropped == (
        ("date 2025-08-13", "date header"),
        ("Nordkoreas Machthaber Kim Jong Un telefonierte am Dienstag mit US-Präsident Donald Trump. "
         "(Das Foto wurde von der nordkoreanischen Nachrichtenagentur KCNA verbreitet.) Quelle: AP | Uncredited",
         "caption"),
    )
    assert a.text.startswith("Nordkorea und Russland haben bekräftigt, im Ukraine-Krieg stärker zusammenzuarbeiten.")
    assert "\n\nNordkorea: \"Uneingeschränkte Unterstützung\"\n\n" in a.text  # sub-heading kept
    assert a.text.endswith("was die Bedrohung durch sein Atomwaffenprogramm erhöhen könnte.")


def test_byline_with_agency_and_time_of_001():
    a = cleaned("001")
    assert a.published == "2025-08-15T16:38"
    assert a.agencies == ("afp",)
    assert [reason for _, reason in a.dropped] == ["byline", "caption"]
    assert a.text.startswith("Tausende Nordkoreaner kämpfen für Russland gegen die Ukraine.")
    assert "imago" not in a.text and "Lesedauer" not in a.text


def test_title_and_advertisement_tail_of_002():
    a = cleaned("002")
    assert a.title == "Nordkorea sichert Russland weitere Unterstützung im Ukraine-Konflikt zu"
    assert a.published is None  # the ad's "ab 1. Juli 2025" is no publication date
    assert a.text.endswith("scheint die Achse Moskau-Pjöngjang entschlossen, ihren eigenen geopolitischen "
                           "Weg zu verfolgen.")
    dropped = [line for line, _ in a.dropped]
    assert dropped[:2] == ["- Themen:", "- #Energie"]
    assert {"FINANZIELLE SELBSTVERTEIDIGUNG", "15.000€ Gold", "ab 1. Juli 2025", "Thilo Sarrazin",
            "Prof. Dr. R. Werner", "- Politik"} <= set(dropped)
    assert "Strategische Partnerschaft vertieft sich" in a.text  # sub-heading kept


def test_title_dateline_and_credit_line_of_003():
    a = cleaned("003")
    assert a.title == "Nordkoreas Kim versichert Putin volle Unterstützung"
    assert a.published == "2025-09-03"
    assert a.agencies == ("afp", "dpa", "reuters")
    assert a.text.startswith('"Die Beziehungen zwischen unseren Ländern')
    assert a.dropped == (("3. September 2025", "dateline"), ("wa/fab (dpa, afp, rtr)", "credit line"))


def test_author_line_of_004():
    a = cleaned("004")
    assert a.authors == ("Gabriel Knupfer",)
    assert a.published == "2025-12-27"
    assert "Redaktor" not in a.text
    assert a.text.startswith("Kim Jong Un lobt die «unbesiegbare Freundschaft»")


def test_agency_dateline_credits_the_agency():
    raw = RawArticle(source="x.txt", text="Berlin (dpa) - Die Regierung hat am Montag ein Gesetz beschlossen. "
                                          "Es tritt im Januar in Kraft.")
    a = clean(raw, CLEANING_RULES)
    assert a.agencies == ("dpa",)


def test_cited_agency_is_not_credited():
    raw = RawArticle(source="x.txt", text="Das Treffen sei herzlich gewesen, berichtete die Agentur Reuters. "
                                          "Laut der Agentur DPA kam es zu keiner Einigung.")
    assert clean(raw, CLEANING_RULES).agencies == ()


def test_same_text_same_id_whatever_the_whitespace():
    a = clean(RawArticle(source="a.txt", text="Ein Satz.  Noch  einer."), CLEANING_RULES)
    b = clean(RawArticle(source="b.txt", text="Ein Satz. Noch einer.\n"), CLEANING_RULES)
    assert a.id == b.id


def test_control_characters_are_dropped():
    raw = RawArticle(source="x.jsonl#1", text="Kim traf\x00 Putin.\x0cDas Treffen\x07 dauerte zwei Stunden.",
                     title="Gipfel\x00 in Peking", structured=True)
    a = clean(raw, CLEANING_RULES)
    assert (a.title, a.text) == ("Gipfel in Peking", "Kim traf Putin. Das Treffen dauerte zwei Stunden.")
