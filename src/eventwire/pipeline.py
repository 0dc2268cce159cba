"""The processing pipeline: a page is split into articles, then each component adds to each
article. Components declare what they require and assign, and the order is checked when the
pipeline is built, not when a document fails half-way.

Built-in components are registered through the same ``register`` call that plugins use
(entry-point group ``eventwire.components``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol

from eventwire.clean import split_page
from eventwire.clean.language import detect_language
from eventwire.clean.published import find_published
from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.extract.article import ArticleInput, Extractor
from eventwire.records import Article, PageInput, Rejection

# Fields the splitter fills in on every article it returns.
SPLIT_ASSIGNS = frozenset(
    {"text", "part", "title", "dateline", "outlet", "captions", "meta_lines", "html_date"}
)


class Component(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def requires(self) -> frozenset[str]: ...
    @property
    def assigns(self) -> frozenset[str]: ...

    def __call__(self, page: PageInput, article: Article) -> Article: ...


ComponentFactory = Callable[[Settings], Component]
_REGISTRY: dict[str, ComponentFactory] = {}


def register(name: str) -> Callable[[ComponentFactory], ComponentFactory]:
    """Register a component factory under ``name`` (for built-ins and plugins alike)."""

    def deco(factory: ComponentFactory) -> ComponentFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


def registered() -> dict[str, ComponentFactory]:
    for ep in entry_points(group="eventwire.components"):
        if ep.name not in _REGISTRY:
            _REGISTRY[ep.name] = ep.load()
    return dict(_REGISTRY)


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """Publication date, with whether the page states it and the reasoning."""

    name: str = "dates.published.v1"
    requires: frozenset[str] = frozenset({"text", "captions", "meta_lines", "html_date"})
    assigns: frozenset[str] = frozenset({"published", "published_explicit", "published_evidence"})

    def __call__(self, page: PageInput, article: Article) -> Article:
        found = find_published(
            meta_lines=list(article.meta_lines),
            captions=list(article.captions),
            body=article.text,
            given=page.published,
            given_source=page.published_source,
            html_date=article.html_date,
        )
        return dataclasses.replace(
            article,
            published=found.value,
            published_explicit=found.explicit,
            published_evidence=found.evidence,
        )


@dataclass(frozen=True, slots=True)
class Language:
    name: str = "language.py3langid.v1"
    requires: frozenset[str] = frozenset({"text"})
    assigns: frozenset[str] = frozenset({"language"})

    def __call__(self, page: PageInput, article: Article) -> Article:
        return dataclasses.replace(article, language=detect_language(article.text))


@dataclass(slots=True)
class Incidents:
    """Every incident the article tells (see ``eventwire.extract.incidents``). The spaCy model
    and gazetteer are loaded on first use, not when the pipeline is built."""

    settings: Settings
    name: str = "incidents.rules.v2"
    requires: frozenset[str] = frozenset({"text", "published", "dateline"})
    assigns: frozenset[str] = frozenset({"incidents"})
    _extractor: Extractor | None = None

    def __call__(self, page: PageInput, article: Article) -> Article:
        if self._extractor is None:
            self._extractor = Extractor.load(self.settings)
        found = self._extractor(ArticleInput(article.text, article.published, article.dateline))
        return dataclasses.replace(article, incidents=tuple(found))


register("published")(lambda settings: PublishedDate())
register("language")(lambda settings: Language())
register("incidents")(lambda settings: Incidents(settings))

DEFAULT_COMPONENTS = ("published", "language", "incidents")


class Pipeline:
    """Splits a page and runs the components over each article."""

    def __init__(self, components: Sequence[Component], settings: Settings) -> None:
        available = set(SPLIT_ASSIGNS)
        for comp in components:
            missing = comp.requires - available
            if missing:
                raise ConfigError(
                    f"pipeline component {comp.name!r} requires {sorted(missing)}, which no "
                    "earlier component assigns.",
                    fix="reorder the components or add the one that provides these fields.",
                )
            available |= comp.assigns
        self.components = list(components)
        self.settings = settings

    @classmethod
    def from_settings(
        cls, settings: Settings, names: Sequence[str] = DEFAULT_COMPONENTS
    ) -> Pipeline:
        factories = registered()
        unknown = [n for n in names if n not in factories]
        if unknown:
            raise ConfigError(
                f"unknown pipeline component(s): {', '.join(unknown)}.",
                fix=f"choose from: {', '.join(sorted(factories))}.",
            )
        return cls([factories[n](settings) for n in names], settings)

    def run(self, page: PageInput) -> list[Article] | Rejection:
        result = split_page(page, self.settings.min_article_chars)
        if isinstance(result, Rejection):
            return result
        out = []
        for article in result:
            for comp in self.components:
                article = comp(page, article)
            out.append(article)
        return out
