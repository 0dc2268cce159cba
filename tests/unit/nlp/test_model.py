import pytest

from eventwire.errors import ModelNotFound
from eventwire.nlp import load_model, resolve_model


def test_default_model_resolves_to_an_installed_package_and_parses():
    nlp = load_model("en_core_web_sm")
    doc = nlp("US warplanes struck Jurf al-Nasr in Babil province on Wednesday.")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert any(ent.label_ in {"GPE", "DATE"} for ent in doc.ents)
    assert [t.dep_ for t in doc if t.text == "struck"] == ["ROOT"]


def test_md_model_copy_resolves():
    assert resolve_model("en_core_web_md")


def test_unknown_model_tells_how_to_fix():
    with pytest.raises(ModelNotFound, match="EVENTWIRE_SPACY_MODEL"):
        resolve_model("xx_no_such_model")
