import pytest

from eventwire.config import Settings
from eventwire.errors import ConfigError


def test_environment_then_overrides():
    s = Settings.load(env={"EVENTWIRE_DB": "env.db", "EVENTWIRE_MAX_PAGE_BYTES": "10"}, db=None)
    assert (s.db, s.max_page_bytes) == ("env.db", 10)
    assert Settings.load(env={"EVENTWIRE_DB": "env.db"}, db="cli.db").db == "cli.db"


def test_bad_number_in_environment_says_which_variable():
    with pytest.raises(ConfigError, match="EVENTWIRE_MAX_PAGE_BYTES"):
        Settings.load(env={"EVENTWIRE_MAX_PAGE_BYTES": "lots"})
