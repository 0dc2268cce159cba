"""Write the demo corpus's WARC file from the HTML pages beside this script.

Run by hand when those pages change: python scripts/make_demo_warc.py
The output is committed so the demo needs no build step.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent / "demo_warc"
OUT = Path(__file__).parents[1] / "src/eventwire/demo/corpus/frontline-monitor.warc"
BASE = "https://frontline-monitor.example/news/"


def main() -> None:
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        for page in sorted(HERE.glob("*.html")):
            url = BASE + page.stem
            body = page.read_bytes()
            request = writer.create_warc_record(
                url,
                "request",
                payload=BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET /news/" + page.stem + " HTTP/1.1",
                    [("Host", "frontline-monitor.example")],
                    is_http_request=True,
                ),
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(request)
            writer.write_record(response)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
