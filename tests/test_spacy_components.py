"""chronik inside spaCy, and a user's spaCy pipeline inside chronik."""
import json

import pytest
from click.testing import CliRunner

spacy = pytest.importorskip("spacy")

from chronik.cli import cli  # noqa: E402

TEXT = "Kremlchef Wladimir Putin hat am Dienstag mit Kim Jong Un telefoniert, berichtete KCNA."


def test_components_load_by_name_through_entry_points():
    nlp = spacy.blank("de")
    for name in ("chronik_entities", "chronik_timexes", "chronik_figures", "chronik_quotes"):
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    assert [(s.text, s.label_) for s in doc.spans["chronik_entities"]] == [
        ("Wladimir Putin", "PER"), ("Kim Jong Un", "PER"), ("KCNA", "ORG")]
    (day,) = doc.spans["chronik_timexes"]
    assert (day.text, day._.chronik.type) == ("Dienstag", "DATE")
    assert list(doc.ents) == []  # chronik never writes doc.ents


def test_figures_keep_chronik_number_tokens():
    nlp = spacy.blank("de")
    nlp.add_pipe("chronik_figures")
    doc = nlp("Pjöngjang entsandte im letzten Jahr 12'000 Soldaten nach Russland.")
    (figure,) = doc.spans["chronik_figures"]
    assert (figure._.chronik.low, figure._.chronik.unit) == (12000, "Soldaten")


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory):
    """A user's own pipeline: an entity ruler with OntoNotes labels, saved to disk."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Wladimir Putin"},
        {"label": "GPE", "pattern": "Kreml"},
        {"label": "DATE", "pattern": "Dienstag"},
    ])
    path = tmp_path_factory.mktemp("nlp") / "my_pipeline"
    nlp.to_disk(path)
    return path


def test_annotate_with_a_user_pipeline(user_pipeline):
    result = CliRunner().invoke(cli, ["annotate", "-", "--nlp", str(user_pipeline)],
                                input=json.dumps({"id": "a", "text": TEXT, "published": "2025-08-13"}) + "\n")
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert row["entities"] == [{"start": 10, "end": 24, "label": "PER", "text": "Wladimir Putin"}]
    assert row["timexes"][0]["value"] == "2025-08-12"


def test_unknown_user_pipeline_is_one_line():
    result = CliRunner().invoke(cli, ["annotate", "-", "--nlp", "no_such_pipeline_xyz"], input="Ein Text.\n")
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot load the spaCy pipeline 'no_such_pipeline_xyz' given with --nlp")
