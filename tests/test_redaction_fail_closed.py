"""policy.redaction.redact, the one way free text leaves: findings masked, then a conservative second pass over
the shapes of values the detectors may miss (policy/data/redaction.yaml), and a fixed placeholder when the text
cannot be checked."""
from __future__ import annotations

import pytest

from policy.document import DEFAULT_POLICY, load_policy
from policy.redaction import SECOND_PASS_FILE, RedactionDataError, load_second_pass, redact

POLICY = load_policy(DEFAULT_POLICY)

# (free text, the raw value that must be gone): none of these is a finding the detectors make, or only a part is
MISSED_BY_THE_DETECTORS = [
    ("aws key AKIAQ3WZ7XK2MPL4RT6N secret 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",
     "Hq8vT2mW9xLp4Rz7Kc1Nb6Yd3Fg5Js0Ae2Ui8OoP"),
    ("SSNs: 536-22-8741 536-22-8742 536-22-8743", "536-22-8742"),
    ("the number is 53 622 87 41 if you need it", "53 622 87 41"),
    ("his case file 4471-90-3316-208 is in the cabinet", "4471-90-3316-208"),
    ("frobnicate zqkv8m2pxw4tn7hr5yjd then retry", "zqkv8m2pxw4tn7hr5yjd"),
    ("The wifi passphrase is purple monkey dishwasher. Thanks!", "purple monkey dishwasher"),
    ("door pin 4471, alarm after", "4471"),
    ("use secret: oak tree river for the portal", "oak tree river"),
    ("log in with Tr0ub4dor&3 today", "Tr0ub4dor&3"),
    ("write to jane.doe.1987@example.org about it", "jane.doe.1987@example.org"),
    ("Access token for the grader ->  x9Q2 7LmP\nnext line stays", "x9Q2 7LmP"),
]

# ordinary staff prose: the second pass must leave it readable
LEFT_ALONE = [
    "Can I text my volleyball team about practice on Tuesday?",
    "Someone shared a class roster in a public channel during third period.",
    "Room 204 at 3pm, bring 12 copies.",
    "See https://cps.slack.com/archives/C0TEAM/p1700000000000100 for the message.",
]


@pytest.mark.parametrize(("said", "raw"), MISSED_BY_THE_DETECTORS)
def test_a_value_shaped_string_is_masked_even_where_the_detectors_find_nothing(said, raw):
    shown = redact(said, policy=POLICY)
    assert raw not in shown.text and not shown.withheld
    assert shown.changed


@pytest.mark.parametrize("said", LEFT_ALONE)
def test_ordinary_prose_and_a_message_permalink_pass_unchanged(said):
    shown = redact(said, policy=POLICY)
    assert shown.text == said and not shown.changed


def test_findings_are_masked_first_and_their_types_reported():
    shown = redact("New hire: SSN 518-24-7391, call 312-555-0188", policy=POLICY)
    assert "518-24-7391" not in shown.text and "ssn" in shown.kinds


def test_findings_the_caller_already_has_are_used_as_given():
    said = "ref 12"
    # an empty list of findings: nothing is rescanned, only the second pass runs (and finds nothing here)
    assert redact(said, findings=[], policy=POLICY).text == said


def test_text_that_cannot_be_scanned_is_withheld_whole():
    class BrokenPolicy:   # a policy object the scanner cannot read: the scan raises
        district = None
        findings = None

    said = "the password for the copier is Copier-2031 and the code 5512"
    shown = redact(said, policy=BrokenPolicy())
    assert shown.withheld and shown.text == load_second_pass().withheld
    assert not any(word in shown.text for word in said.split() if len(word) > 3)


def test_a_value_that_is_not_text_is_withheld():
    shown = redact(b"536-22-8741", policy=POLICY)   # type: ignore[arg-type]
    assert shown.withheld and "536" not in shown.text


def test_identifiers_keep_their_shape_but_lose_their_findings():
    # a form number an auditor looks up stays whole; a password pasted into the same field is still masked
    assert redact("ISR-2026-301", policy=POLICY, second_pass=False).text == "ISR-2026-301"
    assert "518-24-7391" not in redact("SSN 518-24-7391", policy=POLICY, second_pass=False).text


def test_the_shipped_second_pass_covers_the_shapes_design_names():
    names = {p.name for p in load_second_pass(SECOND_PASS_FILE).patterns}
    assert {"long_digit_run", "long_mixed_token", "after_password_word", "email_like"} <= names


def test_a_broken_second_pass_file_is_named_not_skipped(tmp_path):
    broken = tmp_path / "redaction.yaml"
    broken.write_text("withheld: '[withheld]'\npatterns:\n  - name: bad\n    pattern: '(?<=x)y'\n"
                      "    replacement: '[masked]'\n")
    with pytest.raises(RedactionDataError, match=r"redaction.yaml: patterns\[0\]"):
        load_second_pass(broken)


def test_redaction_time_grows_linearly_with_a_pasted_list_of_links_and_numbers():
    import time

    unit = "https://cps.slack.com/archives/C0TEAM/p1700000000000100 pin 536-22-8741 ref Hq8vT2mW9xLp4Rz7\n"

    def seconds(n: int) -> float:
        started = time.perf_counter()
        redact(unit * n, policy=POLICY)
        return time.perf_counter() - started

    seconds(100)   # warm the caches
    small, large = seconds(1000), seconds(4000)
    assert large < 10 * small + 0.05, (small, large)   # linear is ~4x; quadratic would be ~16x


# -- a scan its bound cut short (policy/detectors/bound.py): the part not examined does not leave --------------

def _long_paste() -> tuple[str, list[str]]:
    from policy.detectors.bound import MOST_MATCHES

    # names with their record beside them: the second pass alone would let every one of these through
    rows = [f"Pupil{i:04d} Quintero is on a 504 plan" for i in range(MOST_MATCHES * 3)]
    return "Accommodations to carry over, please read:\n" + "\n".join(rows), rows


def test_a_text_whose_scan_was_cut_short_is_shown_only_up_to_where_the_scan_stopped():
    said, rows = _long_paste()
    shown = redact(said, policy=POLICY)
    assert shown.partial and shown.changed and not shown.withheld
    assert shown.text.endswith(load_second_pass().withheld_rest)
    assert rows[-1].split()[0] not in shown.text and len(shown.text) < len(said) // 2


def test_findings_the_caller_passes_keep_their_scan_s_mark():
    from policy.scanner import scan

    said, rows = _long_paste()
    shown = redact(said, findings=scan(said, POLICY), policy=POLICY)
    assert shown.partial and rows[-1].split()[0] not in shown.text


def test_a_text_read_whole_is_not_marked_partial():
    shown = redact("Tomas has his 504 meeting Friday, room 12.", policy=POLICY)
    assert not shown.partial
