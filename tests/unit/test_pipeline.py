from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.pipeline import Language, Pipeline, PublishedDate
from eventwire.records import Article, PageInput


@dataclass(frozen=True)
class NeedsPlaces:
    name: str = "needs.places"
    requires: frozenset[str] = frozenset({"places"})
    assigns: frozenset[str] = frozenset()

    def __call__(self, page: PageInput, article: Article) -> Article:
        return article


def test_components_in_a_workable_order_build():
    assert len(Pipeline([PublishedDate(), Language()], Settings()).components) == 2


def test_a_component_whose_inputs_nobody_assigns_is_refused_at_build_time():
    with pytest.raises(ConfigError, match="requires \\['places'\\]"):
        Pipeline([NeedsPlaces()], Settings())


def test_unknown_component_names_list_the_known_ones():
    with pytest.raises(ConfigError, match=r"choose from: .*language"):
        Pipeline.from_settings(Settings(), ["language", "nonsense"])


def test_given_publication_date_flows_through():
    import datetime as dt

    page = PageInput(
        "x.txt",
        "txt",
        "BAGHDAD: " + "Something happened on Monday. " * 5,
        False,
        published=dt.date(2024, 2, 3),
        published_source="--published",
    )
    (article,) = Pipeline.from_settings(Settings()).run(page)  # type: ignore[misc]
    assert article.published == dt.date(2024, 2, 3)
    assert article.published_explicit is True
    assert article.published_evidence == "given by --published"
