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
from eventwire.extract.claims import find_numeric_claims
from eventwire.extract.quotes import find_statements
from eventwire.records import Article, PageInput, Rejection

# Fields the splitter fills in on every article it returns.
SPLIT_ASSIGNS = frozenset(
    {
        "text",
        "part",
        "title",
        "dateline",
        "outlet",
        "captions",
        "meta_lines",
        "html_date",
        "text_from",
    }
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
        return self.pipe([(page, article)])[0]

    def pipe(self, items: Sequence[tuple[PageInput, Article]]) -> list[Article]:
        if self._extractor is None:
            self._extractor = Extractor.load(self.settings)
        inputs = [ArticleInput(a.text, a.published, a.dateline) for _, a in items]
        return [
            dataclasses.replace(article, incidents=tuple(found))
            for (_, article), found in zip(items, self._extractor.pipe(inputs), strict=True)
        ]


@dataclass(frozen=True, slots=True)
class Statements:
    """Who said what (see ``eventwire.extract.quotes``), linked to the article's incidents."""

    name: str = "statements.rules.v1"
    requires: frozenset[str] = frozenset({"text", "incidents"})
    assigns: frozenset[str] = frozenset({"statements"})

    def __call__(self, page: PageInput, article: Article) -> Article:
        found = find_statements(article.text, article.incidents)
        return dataclasses.replace(article, statements=tuple(found))


@dataclass(frozen=True, slots=True)
class Claims:
    """Tallies and statistics (see ``eventwire.extract.claims``), with who says so."""

    name: str = "claims.rules.v1"
    requires: frozenset[str] = frozenset({"text", "published", "statements"})
    assigns: frozenset[str] = frozenset({"claims"})

    def __call__(self, page: PageInput, article: Article) -> Article:
        found = find_numeric_claims(article.text, article.published, article.statements)
        return dataclasses.replace(article, claims=tuple(found))


register("published")(lambda settings: PublishedDate())
register("language")(lambda settings: Language())
register("incidents")(lambda settings: Incidents(settings))
register("statements")(lambda settings: Statements())
register("claims")(lambda settings: Claims())

DEFAULT_COMPONENTS = ("published", "language", "incidents", "statements", "claims")


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
        return self.run_many([page])[0]

    def run_many(self, pages: Sequence[PageInput]) -> list[list[Article] | Rejection]:
        """Each page's articles (or why it was rejected), in order. A component with a
        ``pipe(items)`` method gets the batch's articles at once (a model parses them in
        batches); the others get one article at a time."""
        results: list[list[Article] | Rejection] = [
            split_page(page, self.settings.min_article_chars) for page in pages
        ]
        items = [
            (n, page, article)
            for n, (page, result) in enumerate(zip(pages, results, strict=True))
            if not isinstance(result, Rejection)
            for article in result
        ]
        for comp in self.components:
            pipe = getattr(comp, "pipe", None)
            pairs = [(page, article) for _, page, article in items]
            done = pipe(pairs) if pipe is not None else [comp(p, a) for p, a in pairs]
            items = [(n, p, new) for (n, p, _), new in zip(items, done, strict=True)]
        out: list[list[Article] | Rejection] = [
            r if isinstance(r, Rejection) else [] for r in results
        ]
        for n, _, article in items:
            bucket = out[n]
            assert isinstance(bucket, list)
            bucket.append(article)
        return out
