"""Incident extraction for whole articles: the spaCy parse, places, actors and incidents, with
the models and dictionaries loaded once (``Extractor.load``) and texts parsed in batches."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.config import Settings
from eventwire.extract.actors import ActorDictionary, find_actors, learn_aliases, load_actors
from eventwire.extract.focus import refocus, refocus_dateline
from eventwire.extract.incidents import find_incidents
from eventwire.extract.places import curated_alias_pattern, resolve_dateline, resolve_places
from eventwire.geo.gazetteer import Gazetteer, load_gazetteer
from eventwire.nlp import load_model
from eventwire.records import EventMention

# Incident extraction reads only the named entities; in the English pipelines the entity
# recogniser has its own token encoder, so the shared one, the tagger and the parser are skipped.
NLP_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    text: str
    published: dt.date | None
    dateline: str | None = None


@dataclass(slots=True)
class Extractor:
    nlp: Any
    gazetteer: Gazetteer
    actors: ActorDictionary
    site_names: re.Pattern[str]  # every curated site's names, for the sites a model misses

    @classmethod
    def load(cls, settings: Settings) -> Extractor:
        gazetteer = load_gazetteer(settings.extra_files("gazetteer_files"))
        return cls(
            nlp=load_model(settings.spacy_model, NLP_EXCLUDE),
            gazetteer=gazetteer,
            actors=load_actors(settings.extra_files("actor_files")),
            site_names=curated_alias_pattern(gazetteer),
        )

    def from_doc(self, doc: Any, article: ArticleInput) -> list[EventMention]:
        text = article.text
        places = resolve_places(doc, self.gazetteer, self.site_names, text=text)
        dateline = resolve_dateline(text, article.dateline, self.gazetteer)
        places = refocus(text, places, dateline, self.gazetteer)
        dateline = refocus_dateline(text, places, dateline, self.gazetteer)
        actors = find_actors(text, self.actors, learn_aliases(text, self.actors))
        return find_incidents(text, article.published, places, dateline, actors)

    def __call__(self, article: ArticleInput) -> list[EventMention]:
        return self.from_doc(self.nlp(article.text), article)

    def pipe(
        self, articles: Iterable[ArticleInput], batch_size: int = 32
    ) -> Iterator[list[EventMention]]:
        """Incidents of each article, in order; texts are parsed in batches."""
        pending = list(articles)
        docs = self.nlp.pipe((a.text for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield self.from_doc(doc, article)
