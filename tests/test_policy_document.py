"""The policy file: the whole policy as data, its exact wording, and validation errors that name the file, the
place and the field."""
from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from policy.document import DEFAULT_POLICY, PolicyFileError, load_policy, parse_policy
from policy.vocabulary import load_vocabulary, parse_vocabulary

SOURCE = Path(__file__).resolve().parents[2] / "shared" / "policy-source" / "cps-staff-acceptable-use-policy.txt"
HEADINGS = ["Staff to Student Mobile Device Communications", "Exception to Policy",
            "Staff to Student Social Media Communications", "Staff to Staff Mobile Device Communication",
            "Special Note", "Staff Policy on Unacceptable Use", "Report Improper Conduct"]


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))


def test_policy_has_every_section_under_its_exact_heading():
    policy = load_policy(DEFAULT_POLICY)
    assert [s.heading for s in policy.sections] == HEADINGS


def test_policy_has_all_37_unacceptable_uses_numbered():
    policy = load_policy(DEFAULT_POLICY)
    assert sorted(policy.unacceptable_uses) == list(range(1, 38))
    assert policy.unacceptable_uses[19].text == "Enables or constitutes wagering or gambling of any kind;"


def test_exception_lists_both_conditions_and_bulk_texting_all_three():
    policy = load_policy(DEFAULT_POLICY)
    assert len(policy.line("exception.texting").conditions) == 2
    assert "grade levels 9-12" in policy.line("exception.texting").text
    assert len(policy.line("student_mobile.bulk_text").conditions) == 3
    assert len(policy.line("social.class_account").conditions) == 4
    assert "October 2018" in policy.line("staff_mobile.texting").text
    assert "773-553-3925" in policy.line("report.call").text


def test_policy_dates_are_kept(raw):
    assert raw["policy"]["adopted"] == "2018-08-22"
    assert raw["policy"]["last_modified"] == "2018-09-17"


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared policy source is not beside the project")
def test_every_quoted_text_is_the_policy_wording_verbatim():
    source = SOURCE.read_text(encoding="utf-8")
    policy = load_policy(DEFAULT_POLICY)
    quoted = [s.heading for s in policy.sections] + [u.text for u in policy.unacceptable_uses.values()]
    for s in policy.sections:
        quoted += [s.intro] if s.intro else []
        for ln in s.lines:
            quoted += [ln.text, *ln.conditions] + ([ln.lead] if ln.lead else [])
    missing = [q for q in quoted if q not in source]
    assert not missing


def test_detectors_view_is_unchanged():
    policy = load_policy(DEFAULT_POLICY)
    assert policy.findings["ssn"].severity == "high"
    assert policy.district.service_desk_phone == "773-553-3925"
    assert policy.meta["short_name"] == "CPS"


def _error(raw: dict) -> str:
    with pytest.raises(PolicyFileError) as err:
        parse_policy(Path("policy.yaml"), raw)
    return str(err.value)


def test_missing_item_text_names_file_place_and_field(raw):
    broken = copy.deepcopy(raw)
    del broken["unacceptable_uses"][12]["text"]
    assert _error(broken) == "policy.yaml: unacceptable_uses[12].text: missing"


def test_unknown_line_status_is_named(raw):
    broken = copy.deepcopy(raw)
    broken["sections"][0]["lines"][1]["status"] = "fine"
    assert _error(broken).startswith("policy.yaml: sections[0].lines[1].status: must be one of")


def test_rule_citing_a_line_that_does_not_exist_is_named(raw):
    broken = copy.deepcopy(raw)
    broken["rules"][3]["cite"] = ["social.nope"]
    assert _error(broken) == "policy.yaml: rules[3].cite[0]: 'social.nope': no such policy line (section.line)"


def test_rule_with_a_verdict_outside_the_vocabulary_is_named(raw):
    broken = copy.deepcopy(raw)
    broken["rules"][0]["verdict"] = "maybe"
    assert "rules[0].verdict: must be one of" in _error(broken)


def test_gap_in_item_numbers_is_named(raw):
    broken = copy.deepcopy(raw)
    del broken["unacceptable_uses"][20]
    assert "unacceptable_uses: items are not numbered 1-37 without gaps (missing [21])" in _error(broken)


def test_missing_section_heading_is_named(raw):
    broken = copy.deepcopy(raw)
    broken["sections"][2]["heading"] = ""
    assert _error(broken) == "policy.yaml: sections[2].heading: missing"


def test_yaml_syntax_error_names_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sections:\n  - id: x\n    heading: [unclosed\n", encoding="utf-8")
    with pytest.raises(PolicyFileError) as err:
        load_policy(bad)
    assert str(err.value).startswith("bad.yaml: line ")


def test_vocabulary_bad_pattern_names_file_place_and_field(bundled_vocabulary_file):
    raw = copy.deepcopy(bundled_vocabulary_file)
    raw["items"][16]["cues"][1] = "(unclosed"
    with pytest.raises(PolicyFileError) as err:
        parse_vocabulary(Path("vocabulary.yaml"), raw, set(range(1, 38)))
    assert str(err.value).startswith("vocabulary.yaml: items.16.cues[1]: invalid regular expression")


def test_vocabulary_cue_for_an_item_the_policy_lacks_is_named(bundled_vocabulary_file):
    raw = copy.deepcopy(bundled_vocabulary_file)
    raw["items"][40] = {"cues": ["x"]}
    with pytest.raises(PolicyFileError) as err:
        parse_vocabulary(Path("vocabulary.yaml"), raw, set(range(1, 38)))
    assert str(err.value) == "vocabulary.yaml: items.40: no such item in the policy's unacceptable_uses"


def test_bundled_vocabulary_loads():
    policy = load_policy(DEFAULT_POLICY)
    vocab = load_vocabulary(policy.vocabulary_path, frozenset(policy.unacceptable_uses))
    assert {ic.item for ic in vocab.items} == set(range(1, 38))


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1], env=env)


def test_policy_check_passes_on_the_bundled_file():
    done = _cli("policy", "check")
    assert done.returncode == 0, done.stderr
    assert "37 unacceptable uses" in done.stdout


def test_policy_check_names_the_broken_field(tmp_path, raw):
    broken = copy.deepcopy(raw)
    del broken["unacceptable_uses"][12]["text"]
    broken["vocabulary"] = str(DEFAULT_POLICY.parent / "vocabulary.yaml")
    path = tmp_path / "district.yaml"
    path.write_text(yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8")
    done = _cli("policy", "check", str(path))
    assert done.returncode == 1
    assert "district.yaml: unacceptable_uses[12].text: missing" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_condition_check_pointing_past_the_lines_conditions_is_named(raw):
    broken = copy.deepcopy(raw)
    line = next(ln for s in broken["sections"] if s["id"] == "student_mobile" for ln in s["lines"]
                if ln["id"] == "bulk_text")
    line["unmet_when"][0]["condition"] = 9
    with pytest.raises(PolicyFileError, match=r"sections\[0\]\.lines\[2\]\.unmet_when\[0\]\.condition"):
        parse_policy(Path("cps-staff-aup.yaml"), broken)


def test_a_line_with_condition_checks_says_how_its_answer_opens(raw):
    broken = copy.deepcopy(raw)
    line = next(ln for s in broken["sections"] if s["id"] == "exception" for ln in s["lines"])
    del line["unmet"]
    with pytest.raises(PolicyFileError, match=r"unmet: missing"):
        parse_policy(Path("cps-staff-aup.yaml"), broken)
