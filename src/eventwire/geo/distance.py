"""Great-circle distance between two points, the one formula linking, places and the
geoparsing eval share."""

from __future__ import annotations

import math
from typing import Protocol


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in kilometres on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


class _Point(Protocol):
    @property
    def latitude(self) -> float | None: ...
    @property
    def longitude(self) -> float | None: ...


def place_km(a: _Point, b: _Point) -> float | None:
    """Distance between two gazetteer places, None when either has no point (GeoNames' US
    counties here come without one)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return km(a.latitude, a.longitude, b.latitude, b.longitude)
