"""One masking function and one keyed hash for every caller; the registry and district-defined detectors."""
from __future__ import annotations

import random

import pytest

from policy.detectors.custom import CustomDetectorError, load_custom_detectors
from policy.detectors.registry import DETECTOR_MODULES, build_registry
from policy.document import FINDING_TYPES
from policy.redaction import _mask_digits, _mask_digits_by_character, fingerprint, mask
from policy.scanner import Finding, mask_text, scan


@pytest.mark.parametrize("ftype,value,masked", [
    ("ssn", "287-65-4301", "***-**-4301"),
    ("payment_card", "4666 1760 3137 2159", "**** **** **** 2159"),
    ("bank_account", "1029384756", "******4756"),
    ("student_id", "61027734", "******34"),
    ("personal_phone", "(708) 555-0123", "(***) ***-0123"),
    ("personal_email", "coachmarv.22@gmail.com", "c***********@gmail.com"),
    ("credential", "Owl$Night55", "O*********5"),
    ("credential", "1234", "****"),
    ("date_of_birth", "March 3, 2012", "***** *, ****"),
    ("home_address", "96 E Oak St", "** * *** **"),
    ("student_record", "Jamal Peters has a 504 plan", "[student record]"),
])
def test_every_type_is_masked_without_the_raw_value(ftype, value, masked):
    assert mask(ftype, value) == masked


def test_fingerprint_is_keyed_and_ignores_formatting():
    a = fingerprint("287-65-4301", "k1")
    assert a == fingerprint("２８７ ６５ ４３０１", "k1") == fingerprint("287654301", "k1")
    assert a != fingerprint("287-65-4301", "k2") and len(a) == 64 and "4301" not in a
    with pytest.raises(ValueError):
        fingerprint("287-65-4301", "")


def test_mask_text_replaces_every_finding():
    text = "SSN 287-65-4301 and cell 312-555-0177"
    assert mask_text(text, scan(text)) == "SSN ***-**-4301 and cell ***-***-0177"


def test_findings_serialise_in_the_design_shape():
    f = Finding("ssn", 1, 12, "high", (15, 26), "***-**-4301", "ssn")
    assert f.to_json() == {"type": "ssn", "start": 1, "end": 12, "severity": "high", "policy_items": [15, 26],
                           "redacted": "***-**-4301"}


def test_every_finding_type_has_a_registered_unit():
    registry = build_registry()
    assert {d.finding_type for d in registry.detectors} == set(FINDING_TYPES)
    assert DETECTOR_MODULES[0] == "policy.detectors.exclusions"  # exclusion labels win ties


def test_severity_and_policy_items_come_from_the_policy_file(tmp_path):
    from policy.document import load_policy
    from policy.scanner import DEFAULT_POLICY

    raw = DEFAULT_POLICY.read_text(encoding="utf-8").replace(
        'ssn:            {label: "Social Security number",      severity: high,   policy_items: [15, 17, 26, 36]}',
        'ssn:            {label: "Social Security number",      severity: low,    policy_items: [9]}')
    path = tmp_path / "other-district.yaml"
    path.write_text(raw, encoding="utf-8")
    found = scan("SSN 287-65-4301", load_policy(path))
    assert (found[0].severity, found[0].policy_items) == ("low", (9,))


def test_a_district_adds_its_own_identifier_with_a_yaml_file(tmp_path):
    (tmp_path / "lunch.yaml").write_text(
        "detectors:\n  - name: lunch_pin\n    type: student_id\n    pattern: '\\b(\\d{5})\\b'\n"
        "    labels: ['lunch pin']\n", encoding="utf-8")
    units, labels = load_custom_detectors(tmp_path)
    assert [u.name for u in units] == ["lunch_pin"] and labels[0][0] == "custom:lunch_pin"
    registry = build_registry(tmp_path)
    from policy.detectors.context import ScanContext
    from policy.document import load_policy
    from policy.scanner import DEFAULT_POLICY

    ctx = ScanContext("my lunch pin is 48213, room 21045", load_policy(DEFAULT_POLICY).district, registry)
    found = [c for unit in registry.detectors if unit.name == "lunch_pin" for c in unit.find(ctx)]
    assert [(c.start, c.end) for c in found] == [(16, 21)]


def test_a_broken_district_detector_file_names_the_file_and_entry(tmp_path):
    (tmp_path / "bad.yaml").write_text("detectors:\n  - name: x\n    type: nope\n    pattern: 'a'\n")
    with pytest.raises(CustomDetectorError, match=r"bad.yaml: detectors\[0\]: type"):
        load_custom_detectors(tmp_path)


def test_a_district_detector_file_that_is_not_yaml_is_named_not_raised_raw(tmp_path):
    (tmp_path / "broken.yaml").write_text("detectors:\n  - name: [unclosed\n")
    with pytest.raises(CustomDetectorError, match=r"broken.yaml: cannot read"):
        load_custom_detectors(tmp_path)


def test_an_ascii_value_is_masked_as_the_rule_masks_it_character_by_character():
    """Masks of ASCII values (almost every value) are built with byte tables; they must be what the rule gives
    character by character: every letter masked, and every digit but the last ones the type keeps."""
    rng = random.Random(20261205)
    for _ in range(3000):
        value = "".join(rng.choice("0123456789abcXYZ-. /()#+_") for _ in range(rng.randint(0, 24)))
        for keep in (0, 2, 4):
            assert _mask_digits(value, keep) == _mask_digits_by_character(value, keep), (value, keep)
        digits = sum(ch.isdigit() for ch in value)
        assert mask("ssn", value) == _mask_digits_by_character(value, 4 if digits >= 9 else 0), value
        assert mask("date_of_birth", value) == "".join("*" if ch.isalnum() else ch for ch in value), value
