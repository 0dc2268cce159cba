"""The REST API (and, later, the web page) over an eventwire database."""
