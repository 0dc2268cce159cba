from eventwire.eval.gva import city_keys


def test_a_gva_city_answers_to_its_name_and_the_place_in_brackets():
    assert city_keys("Chicago (Englewood)") == {"chicago", "englewood"}
    assert city_keys("Pike (county)") == {"pike"}  # a county, not a place called "county"
    assert city_keys("Saint Petersburg (St Petersburg)") == {"saint petersburg"}
    assert city_keys("Ft. Worth") == city_keys("Fort Worth") == {"fort worth"}
    assert "manhattan" in city_keys("New York (Manhattan)")
    assert "lawndale" not in city_keys("Chicago")
    assert city_keys("Bronx") == city_keys("The Bronx") == {"bronx"}
