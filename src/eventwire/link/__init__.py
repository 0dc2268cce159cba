"""Cross-document linking: incident mentions from every article gathered into incidents, and
each incident's claims reconciled (see ``reconcile``).

Clustering is greedy in a fixed order (each article's lead first, then event date, then
mention id, all independent of the order pages were ingested in), so the same mentions always
give the same clusters. A mention joins the best-scoring incident that nothing contradicts:

- **date**: both dated, within one day of each other (time zones, "late Monday" in Washington
  being "early Tuesday" in Baghdad). A mention with no date is not clustered here: a strike on
  the same village on an unknown day may be any of the strikes there (see ``attach_undated``).
- **type**: the same ACLED event type; a gunfight (Battles) and a shooting (Violence against
  civilians) are one kind here: reports of one shootout code it either way.
- **place**: the same place, or within 100 km when either was told only as "near"/"south of" or
  as a district or province; two different towns are two incidents, unless the two reports read
  as the same story (below). No place on either side is no contradiction when the countries
  agree.
- **document**: one article's incidents were told apart by the article itself and stay apart.
- **evidence**: with no place to agree on, only the same attacker with the same kind of event,
  or articles that read alike link (the same toll on the same day does not: many shootings of
  one day killed one).

Text similarity (``similarity.TextIndex``: TF-IDF cosine of the articles' content words, the
weights learnt from the collection being linked) adds to the score, and at ``SAME_STORY`` or
more it outweighs a place disagreement (when the death tolls agree), and, when merging or
placing undated reports, a toll disagreement too: reports of one shooting share the victims'
and streets' names, and one of them may have named the victim's home town or revised the toll.

Then (``merge_alike``) dated incidents up to 30 days apart whose reports read alike are one
incident dated twice, when nothing contradicts; and (``attach_undated``) a mention without a
date joins the dated incident it refers to (the same named site or town, else the most alike
reports), or another undated mention whose report reads alike: a background mention does not
spawn an incident of its own. ``incidents_of`` runs the three steps.

Score: same place 3, near 1, same attacker 1, same toll 1, plus the cosine. Linking reruns over
all mentions after each ``process``; an incident keeps the id it had when it keeps any of its
mentions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, update

from eventwire.geo.distance import km as distance_km
from eventwire.link.reconcile import reconcile
from eventwire.link.similarity import TextIndex
from eventwire.store.repository import Store

SLACK = dt.timedelta(days=1)
NEAR_KM = 100.0
NEIGHBOURS_KM = 30.0  # a town and its suburbs or districts


@dataclass(slots=True)
class Cluster:
    mentions: list[dict[str, Any]] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    first: dt.date = dt.date.max
    last: dt.date = dt.date.min

    def add(self, m: dict[str, Any]) -> None:
        self.mentions.append(m)
        self.documents.add(m["document_id"])
        start, end = _span(m)
        if start and end:
            self.first, self.last = min(self.first, start), max(self.last, end)


def _span(m: dict[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    if not m.get("event_date") or m.get("time_precision") not in (1, 2):
        return None, None
    start = dt.date.fromisoformat(m["date_start"] or m["event_date"])
    end = dt.date.fromisoformat(m["date_end"] or m["event_date"])
    return start, end


# One gunfight is "an exchange of gunfire" (Battles) in one report and "a shooting" (Violence
# against civilians) in another: the two types of armed violence between people on the ground
# are one kind for linking; explosions, protests, riots stay apart.
_GROUND_FIGHTING = frozenset({"Battles", "Violence against civilians"})


def same_kind(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same ACLED event type, or both armed violence on the ground."""
    return a["event_type"] == b["event_type"] or {a["event_type"], b["event_type"]} <= (
        _GROUND_FIGHTING
    )


def km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    return distance_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def place_fit(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """3 same place, 1 near or containing, 0 nothing to compare, None different places."""
    if not a.get("location_key") or not b.get("location_key"):
        ca, cb = a.get("country_code"), b.get("country_code")
        return None if ca and cb and ca != cb else 0.0
    if a["location_key"] == b["location_key"] and a.get("country_code") == b.get("country_code"):
        return 3.0
    loose = (a.get("geo_precision") or 3) > 1 or (b.get("geo_precision") or 3) > 1
    if loose and (a.get("geo_precision") == 3 or b.get("geo_precision") == 3):
        if a.get("admin1") and b.get("admin1"):
            return 1.0 if a["admin1"] == b["admin1"] else None
        return 1.0 if a.get("country_code") == b.get("country_code") else None
    d = km(a, b)
    if d is not None and (d <= 5.0 or (loose and d <= NEAR_KM)):
        return 1.0
    if d is None and loose and a.get("admin1") and a.get("admin1") == b.get("admin1"):
        return 0.0  # a county without coordinates and a town of its state: nothing to compare
    return None


def _fit(m: dict[str, Any], c: Cluster, texts: TextIndex | None = None) -> float | None:
    if m["document_id"] in c.documents:
        return None
    start, end = _span(m)
    if start is None or end is None or start - SLACK > c.last or c.first - SLACK > end:
        return None
    score = 0.0
    places = []
    for o in c.mentions:
        if not same_kind(o, m):
            return None
        places.append(place_fit(m, o))
    alike = _similarity(m, c, texts) if texts is not None else 0.0
    if any(p is None for p in places):
        # Two towns for one day's event: apart, unless the reports read alike and tell no
        # other death toll (one of them named the victim's home town or the hospital's; a
        # town and the suburb or district next to it, "Santa Monica" and "Los Angeles", need
        # less alike reports).
        near = all(p is not None or _near(m, o) for p, o in zip(places, c.mentions, strict=True))
        if alike < (SIMILAR if near else SAME_STORY) or not _tolls_agree(m, c):
            return None
        places = [p or 0.0 for p in places]
    score += max((p or 0.0) for p in places) + alike
    same_actor = [o for o in c.mentions if m.get("actor1") and o.get("actor1") == m["actor1"]]
    if (
        score == alike
        and alike < SIMILAR
        and not any(o.get("sub_event_type") == m.get("sub_event_type") for o in same_actor)
    ):
        # No place to agree on and articles that do not read alike: only the same attacker
        # doing the same is evidence enough. The same toll on the same day is not: a country
        # has many shootings a day that killed one, and a place named on one side only is
        # as likely another town.
        return None
    if same_actor:
        score += 1.0
    if m.get("fatalities_best") is not None and any(
        o.get("fatalities_best") == m["fatalities_best"] for o in c.mentions
    ):
        score += 1.0
    return score


def leads(mentions: Sequence[dict[str, Any]]) -> set[str]:
    """The mention each document tells first as news (not as background), else its first, by
    id: its lead, as ``extract.incidents.main_incident`` chooses it. Mention ids are
    ``document:n``, n counting the document's mentions in reading order."""
    first: dict[str, tuple[bool, int, str]] = {}
    for m in mentions:
        key = (bool(m.get("background")), int(str(m["mention_id"]).rsplit(":", 1)[1]))
        if m["document_id"] not in first or key < first[m["document_id"]][:2]:
            first[m["document_id"]] = (*key, m["mention_id"])
    return {mid for *_, mid in first.values()}


def cluster(mentions: Sequence[dict[str, Any]], texts: TextIndex | None = None) -> list[Cluster]:
    """Incidents from mentions (see the module docstring), in a deterministic order: each
    document's lead first (an article's second incident, "another man was shot a day before in
    Warren", must not take the place its lead would have joined), then by date and id."""
    lead = leads(mentions)
    order = sorted(
        mentions,
        key=lambda m: (m["mention_id"] not in lead, m.get("event_date") or "9999", m["mention_id"]),
    )
    clusters: list[Cluster] = []
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for m in order:
        start, end = _span(m)
        best, best_score = None, -1.0
        if start and end:
            seen: set[int] = set()
            day = start - SLACK * 2
            while day <= end + SLACK * 2:
                for i in by_day.get(day, ()):
                    if i in seen:
                        continue
                    seen.add(i)
                    score = _fit(m, clusters[i], texts)
                    if score is not None and score > best_score:
                        best, best_score = i, score
                day += dt.timedelta(days=1)
        if best is None:
            clusters.append(Cluster())
            best = len(clusters) - 1
        clusters[best].add(m)
        if start and end:
            day = start
            while day <= end:
                if best not in by_day[day]:
                    by_day[day].append(best)
                day += dt.timedelta(days=1)
    return clusters


def text_index(mentions: Sequence[dict[str, Any]], texts: Mapping[str, str]) -> TextIndex:
    """The articles' texts for linking, each dated by its publication and the events its
    mentions tell (articles dated more than ``similarity.WINDOW`` apart are never compared)."""
    days: dict[str, list[dt.date]] = defaultdict(list)
    for m in mentions:
        start, end = _month(m) or _span(m)
        published = _published(m)
        days[m["document_id"]].extend(d for d in (start, end, published) if d is not None)
    spans = {doc: (min(ds), max(ds)) for doc, ds in days.items() if ds}
    return TextIndex({d: t for d, t in texts.items() if d in days}, spans)


def incidents_of(mentions: Sequence[dict[str, Any]], texts: TextIndex | None) -> list[Cluster]:
    """The whole linking: dated mentions clustered, incidents told with two dates merged,
    undated mentions attached (each step is below)."""
    clusters = cluster(mentions, texts)
    if texts is not None:
        clusters = merge_alike(clusters, texts)
    return attach_undated(clusters, texts)


REFERS_BACK = dt.timedelta(days=30)


def attach_undated(clusters: list[Cluster], texts: TextIndex | None = None) -> list[Cluster]:
    """A mention with no date of its own ("the deadly drone strike on Tower 22", "Days prior,
    the US targeted a facility in Deir ez-Zor") joins a dated incident, in this order: the one
    its own article tells again with a date, when the two tellings agree on type, place and
    toll; else one dated before its article and within 30 days of it (one dated in the month,
    for a mention dated by its month alone: "shot in March"), of the same event type,
    with no place or death toll that contradicts: the incident whose reports read as the same
    story (TF-IDF cosine at least ``SAME_STORY``), else the incident at the same named site or
    town (the latest such), else the one whose reports read most like its own article (at
    least ``SIMILAR``). Mentions left undated join each other on the same evidence read more
    strictly (``ALIKE``, published within a week). Others stay incidents of their own."""
    dated = [c for c in clusters if c.first <= c.last]
    out = list(dated)
    by_last: dict[dt.date, list[Cluster]] = defaultdict(list)
    dated_by_doc: dict[str, list[Cluster]] = defaultdict(list)
    for c in dated:
        by_last[c.last].append(c)
        for d in sorted(c.documents):
            dated_by_doc[d].append(c)
    left: list[dict[str, Any]] = []
    undated: list[Cluster] = []
    undated_by_doc: dict[str, list[int]] = defaultdict(list)
    for c in clusters:
        if c.first > c.last:
            left.extend(c.mentions)
    for m in sorted(left, key=lambda m: m["mention_id"]):
        published = _published(m)
        month = _month(m)
        if month is not None:
            # "shot in March", told in an August paper: the incidents of that month
            first, last = month[0], min(month[1], published or month[1])
            back = range((last - first).days + 1)
        else:
            last = published or dt.date.min
            back = range(REFERS_BACK.days + 1) if published else range(0)
        window = [c for k in back for c in by_last.get(last - dt.timedelta(days=k), ())]
        alike = _reads_like(m, window, texts) if texts else None
        strong = (
            alike is not None and texts is not None and _similarity(m, alike, texts) >= SAME_STORY
        )
        home = (
            _told_again(m, dated_by_doc.get(m["document_id"], ()))
            or (alike if strong else None)
            or _refers_to(m, window)
            or alike
        )
        if home is not None:
            home.add(m)
            continue
        i = _undated_alike(m, undated, undated_by_doc, texts) if texts else None
        if i is None:
            undated.append(Cluster())
            i = len(undated) - 1
        if m["document_id"] not in undated[i].documents:
            undated_by_doc[m["document_id"]].append(i)
        undated[i].add(m)
    return out + undated


def merge_alike(clusters: list[Cluster], texts: TextIndex) -> list[Cluster]:
    """Dated incidents a month or less apart whose reports read alike (TF-IDF cosine at least
    ``MERGE``) are one incident told with two dates, when nothing else contradicts (type, place,
    toll, a shared article): a follow-up report that dated the event by its own news."""
    alive = [c for c in clusters if c.first <= c.last]
    owner: dict[int, int] = {i: i for i in range(len(alive))}

    def root(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(alive):
        for d in c.documents:
            by_doc[d].append(i)
    for _, a, b in texts.alike_pairs(MERGE):
        for i in by_doc.get(a, ()):
            for j in by_doc.get(b, ()):
                ri, rj = root(i), root(j)
                if ri != rj and _mergeable(alive[ri], alive[rj], texts):
                    for m in alive[rj].mentions:
                        alive[ri].add(m)
                    owner[rj] = ri
    merged = [c for i, c in enumerate(alive) if root(i) == i]
    return merged + [c for c in clusters if c.first > c.last]


def _mergeable(a: Cluster, b: Cluster, texts: TextIndex) -> bool:
    if a.documents & b.documents or abs((a.first - b.first).days) > REFERS_BACK.days:
        return False
    alike = max(texts.similar(x, y) for x in a.documents for y in b.documents)
    return all(_compatible(m, a, alike) for m in b.mentions)


MERGE = 0.4
SIMILAR = 0.1
ALIKE = 0.25
SAME_STORY = 0.3


def _month(m: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the month a mention is dated by, when that is all it says
    (ACLED time precision 3)."""
    if m.get("time_precision") != 3 or not m.get("date_start") or not m.get("date_end"):
        return None
    start, end = dt.date.fromisoformat(m["date_start"]), dt.date.fromisoformat(m["date_end"])
    return (start, end) if (end - start).days <= 31 else None  # not a quarter or a year


def _published(m: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(str(m["published"])[:10]) if m.get("published") else None


def _compatible(m: dict[str, Any], c: Cluster, alike: float = 0.0) -> bool:
    """Same event type and another article; then no place against it and no other death
    toll, unless the reports read as the same story (a toll revised, a victim's home town
    taken for the scene)."""
    if m["document_id"] in c.documents or any(not same_kind(o, m) for o in c.mentions):
        return False
    if alike >= SAME_STORY:
        return True
    return all(place_fit(m, o) is not None for o in c.mentions) and _tolls_agree(m, c)


def _near(a: dict[str, Any], b: dict[str, Any]) -> bool:
    d = km(a, b)
    return d is not None and d <= NEIGHBOURS_KM


def _tolls_agree(m: dict[str, Any], c: Cluster) -> bool:
    tolls = {o["fatalities_best"] for o in c.mentions if o.get("fatalities_best") is not None}
    return m.get("fatalities_best") is None or not tolls or m["fatalities_best"] in tolls


def _told_again(m: dict[str, Any], dated: Sequence[Cluster]) -> Cluster | None:
    """The dated incident its own article tells again with a date ("Four people were shot"
    in the lead, "It happened around 5 a.m. Sunday" two paragraphs on), when nothing in the
    article's two tellings disagrees: same event type, no other place, no other toll."""
    for c in dated:
        own = [o for o in c.mentions if o["document_id"] == m["document_id"]]
        if all(same_kind(o, m) and place_fit(m, o) is not None
               and (m.get("fatalities_best") is None or o.get("fatalities_best") is None
                    or o["fatalities_best"] == m["fatalities_best"]) for o in own):  # fmt: skip
            return c
    return None


def _refers_to(m: dict[str, Any], window: list[Cluster]) -> Cluster | None:
    if m.get("geo_precision") != 1 or not m.get("location_key"):
        return None
    fits = [
        c for c in window
        if _compatible(m, c)
        and any(o.get("location_key") == m["location_key"]
                and o.get("country_code") == m.get("country_code") for o in c.mentions)
    ]  # fmt: skip
    return max(fits, key=lambda c: (c.last, -len(c.mentions))) if fits else None


def _similarity(m: dict[str, Any], c: Cluster, texts: TextIndex) -> float:
    return max((texts.similar(m["document_id"], d) for d in c.documents), default=0.0)


def _reads_like(m: dict[str, Any], window: list[Cluster], texts: TextIndex) -> Cluster | None:
    near = texts.neighbours(m["document_id"])
    if not near:
        return None
    scored = [
        (_similarity(m, c, texts), c) for c in window if not near.keys().isdisjoint(c.documents)
    ]
    scored = [(sim, c) for sim, c in scored if _compatible(m, c, sim)]
    scored = [(s, c) for s, c in scored if s >= SIMILAR]
    return max(scored, key=lambda sc: (sc[0], sc[1].last))[1] if scored else None


def _undated_alike(
    m: dict[str, Any], clusters: list[Cluster], by_doc: dict[str, list[int]], texts: TextIndex
) -> int | None:
    """The index of the undated incident (``clusters``, indexed by document in ``by_doc``)
    whose reports read most like ``m``'s article, published within a week of it."""
    published = _published(m)
    if published is None:
        return None
    near = sorted({i for d in texts.neighbours(m["document_id"]) for i in by_doc.get(d, ())})
    best, best_score = None, ALIKE
    for i in near:
        c = clusters[i]
        days = [_published(o) for o in c.mentions]
        if not any(d and abs((d - published).days) <= 7 for d in days):
            continue
        score = _similarity(m, c, texts)
        if score >= best_score and _compatible(m, c, score):
            best, best_score = i, score
    return best


def _new_id(c: Cluster) -> str:
    first = min(m["mention_id"] for m in c.mentions)
    return "inc_" + hashlib.sha256(first.encode()).hexdigest()[:16]


def assign_ids(clusters: Sequence[Cluster]) -> list[str]:
    """Keep an incident's id while it keeps any of its mentions; otherwise a new one."""
    taken: set[str] = set()
    ids = []
    for c in clusters:
        prior = Counter(m["incident_id"] for m in c.mentions if m.get("incident_id"))
        keep = next(
            (i for i, _ in sorted(prior.items(), key=lambda kv: (-kv[1], kv[0])) if i not in taken),
            None,
        )
        chosen = keep or _new_id(c)
        taken.add(chosen)
        ids.append(chosen)
    return ids


@dataclass(frozen=True, slots=True)
class LinkReport:
    mentions: int
    incidents: int
    multi_source: int


def link(store: Store) -> LinkReport:
    """Re-cluster every mention and rewrite the incidents table, in one transaction."""
    with store.engine.begin() as conn:
        mentions = list(store.iter_mentions(conn))
        texts = text_index(
            mentions, store.document_texts(conn, {m["document_id"] for m in mentions})
        )
        clusters = incidents_of(mentions, texts)
        ids = assign_ids(clusters)
        st = store.statements
        conn.execute(update(st).values(incident_id=None))  # re-pointed below
        conn.execute(store.incidents.delete())
        columns = [c.name for c in store.incidents.columns if c.name != "incident_id"]
        rows: list[dict[str, Any]] = []
        pointers: list[dict[str, str]] = []
        for incident_id, c in zip(ids, clusters, strict=True):
            row = reconcile(c.mentions)
            rows.append({"incident_id": incident_id, **{k: row.get(k) for k in columns}})
            pointers.extend({"mid": m["mention_id"], "iid": incident_id} for m in c.mentions)
        if rows:  # one statement each, executed for every row
            conn.execute(store.incidents.insert(), rows)
            mt = store.mentions
            conn.execute(
                update(mt)
                .where(mt.c.mention_id == bindparam("mid"))
                .values(incident_id=bindparam("iid")),
                pointers,
            )
        # A statement about its article's incident n points at that mention's incident.
        conn.exec_driver_sql(
            "UPDATE statements SET incident_id = (SELECT m.incident_id FROM mentions m "
            "WHERE m.document_id = statements.document_id AND m.n = statements.mention_n) "
            "WHERE mention_n IS NOT NULL"
        )
    return LinkReport(
        mentions=len(mentions),
        incidents=len(clusters),
        multi_source=sum(len(c.documents) > 1 for c in clusters),
    )
