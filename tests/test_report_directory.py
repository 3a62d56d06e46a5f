"""The directory file (YAML or CSV): schools and departments -> management contacts, with named errors."""
from __future__ import annotations

import pytest

from bot.delivery import preflight
from bot.directory import DirectoryError, load_directory
from bot.settings import Settings


def test_the_example_directory_loads():
    directory = load_directory(Settings().directory_path)
    assert len(directory.locations) >= 5
    assert {loc.kind for loc in directory.locations} == {"school", "department"}
    assert directory.find("Lincoln Park High School").id == "lincoln-park-hs"
    assert directory.find(" LINCOLN-PARK-HS ").contacts[0].email.endswith("cps.edu")


@pytest.mark.parametrize("typed, location_id", [
    ("lincoln park", "lincoln-park-hs"),
    ("Lincoln Park HS", "lincoln-park-hs"),
    ("jones prep", "jones-college-prep"),
    ("Netelhorst Elementary School", "nettelhorst-es"),   # a typo, still only one close name
    ("nettelhorst es", "nettelhorst-es"),
    ("talent office", "human-resources"),
])
def test_a_location_typed_loosely_is_found_when_exactly_one_fits(typed, location_id):
    found = load_directory(Settings().directory_path).find(typed)
    assert found is not None and found.id == location_id


def test_a_location_that_fits_several_or_none_is_not_guessed_and_the_nearest_are_offered():
    directory = load_directory(Settings().directory_path)
    assert directory.find("school") is None          # every school fits "school": not a choice
    assert directory.find("Springfield Elementary") is None
    assert "Lincoln Park High School" in directory.suggestions("lincon park")


def test_a_csv_directory_is_accepted(tmp_path):
    path = tmp_path / "directory.csv"
    path.write_text("id,name,kind,contact_name,contact_email\n"
                    "dunbar,Dunbar Vocational,school,Principal,principal@dunbar.example.org\n"
                    "dunbar,Dunbar Vocational,school,AP,ap@dunbar.example.org\n"
                    "finance,Finance,department,CFO,cfo@example.org\n")
    directory = load_directory(path)
    assert [len(loc.contacts) for loc in directory.locations] == [2, 1]


@pytest.mark.parametrize("content, words", [
    ("locations: [{id: x, name: X, kind: school, contacts: [{email: not-an-address}]}]",
     "locations[1].contacts[1]: email 'not-an-address' is not an email address"),
    ("locations: [{id: x, name: X, kind: castle, contacts: [{email: a@b.org}]}]", "kind 'castle'"),
    ("locations: [{id: Bad Id, name: X, kind: school, contacts: [{email: a@b.org}]}]", "id 'Bad Id'"),
    ("locations: [{id: x, kind: school, contacts: [{email: a@b.org}]}]", "name is missing"),
    ("locations: [{id: x, name: X, kind: school, contacts: []}]", "at least one contact"),
    ("locations:\n  - {id: x, name: X, kind: school, contacts: [{email: a@b.org}]}\n"
     "  - {id: x, name: Y, kind: school, contacts: [{email: a@b.org}]}", "appears twice"),
    ("schools: []", "a list under 'locations'"),
    ("locations: [unclosed", "not valid YAML"),
])
def test_a_directory_with_errors_names_the_place_and_problem(tmp_path, content, words):
    path = tmp_path / "directory.yaml"
    path.write_text(content)
    with pytest.raises(DirectoryError) as caught:
        load_directory(path)
    assert str(path) in str(caught.value) and words in str(caught.value)


def test_a_csv_with_missing_columns_is_named(tmp_path):
    path = tmp_path / "directory.csv"
    path.write_text("id,name\nx,X\n")
    with pytest.raises(DirectoryError, match="line 1: missing column"):
        load_directory(path)


def test_a_missing_directory_file_is_named(tmp_path):
    with pytest.raises(DirectoryError, match="cannot read"):
        load_directory(tmp_path / "nope.yaml")


def test_start_up_checks_name_a_broken_directory(settings, tmp_path):
    path = tmp_path / "directory.yaml"
    path.write_text("locations: [{id: x, name: X, kind: school, contacts: [{email: nope}]}]")
    problems = preflight.problems(settings.with_(directory_path=path), connect=False)
    assert any(p.startswith("directory (AUPBOT_DIRECTORY)") and "nope" in p for p in problems)
