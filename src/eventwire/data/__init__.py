"""Data files shipped with eventwire: facts only (places, actors), extensible by users."""
