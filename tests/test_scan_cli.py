"""`aupbot scan`: the batch interface as DESIGN.md specifies it, the person-readable form, and bad input
(invalid UTF-8, binary, broken JSON lines, oversized messages) answered with a clear message."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

AUPBOT = [sys.executable, "-m", "bot.cli"]
ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(AUPBOT + args, input=stdin, capture_output=True, cwd=ROOT, timeout=60)


def test_jsonl_mode_answers_every_line_in_the_design_shape():
    lines = [{"id": "a", "text": "SSN 287-65-4301 for the form"}, {"id": 7, "text": "lunch at noon"}]
    proc = run(["scan", "--jsonl"], "".join(json.dumps(x) + "\n" for x in lines).encode())
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    assert out[0]["findings"] == [{"type": "ssn", "start": 4, "end": 15, "severity": "high",
                                   "policy_items": [15, 17, 26, 36], "redacted": "***-**-4301"}]
    assert out[1]["findings"] == []


def test_jsonl_mode_reports_broken_lines_without_stopping():
    stdin = b'{"id": 1, "text": "pw is Owl$Night55"}\nnot json at all 287-65-4301\n{"id": 3}\n\xff\xfe\n'
    proc = run(["scan", "--jsonl"], stdin)
    assert proc.returncode == 0
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert out[0]["findings"][0]["type"] == "credential"
    assert out[1]["error"] == "line 2: not valid JSON" and "287-65-4301" not in proc.stdout.decode()
    assert "text" in out[2]["error"]
    assert "Owl$Night55" not in proc.stdout.decode() + proc.stderr.decode()


def test_plain_text_argument_is_printed_masked_for_a_person():
    proc = run(["scan", "call mom at 312-555-0177, SSN 287-65-4301"])
    output = proc.stdout.decode()
    assert proc.returncode == 1  # findings, like grep: scripts can test for them
    assert "***-***-0177" in output and "***-**-4301" in output
    assert "287-65-4301" not in output and "312-555-0177" not in output


def test_clean_text_on_stdin_says_nothing_was_found():
    proc = run(["scan"], b"see you at the assembly")
    assert proc.returncode == 0 and "No sensitive information found" in proc.stdout.decode()


def test_invalid_utf8_on_stdin_is_scanned_with_a_warning_not_a_traceback():
    proc = run(["scan"], b"SSN 287-65-4301 \xff\xfe\x00 binary junk")
    assert "not valid UTF-8" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()
    assert "***-**-4301" in proc.stdout.decode()


def test_an_oversized_message_is_refused_with_its_size_only():
    big = b"4666 1760 3137 2159 " * 120_000  # 2.4 MB
    proc = run(["scan"], big)
    assert proc.returncode == 2
    assert "too large" in proc.stderr.decode() and "4666" not in proc.stderr.decode()


def test_a_broken_policy_file_is_named_in_the_error(tmp_path):
    bad = tmp_path / "policy.yaml"
    bad.write_text("findings: [oops", encoding="utf-8")
    proc = run(["scan", "--policy", str(bad), "hello"])
    assert proc.returncode == 2 and "policy.yaml" in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_deeply_nested_markup_and_binary_are_scanned_without_error():
    import random
    import time

    from policy.scanner import scan

    nested = "<" * 200_000 + "tel:1|<mailto:a@b.c|" + ">" * 200_000
    rng = random.Random(5)
    binary = bytes(rng.randrange(256) for _ in range(100_000)).decode("latin-1")
    start = time.perf_counter()
    assert scan(nested) == []
    scan(binary)  # whatever it finds, it must not raise
    assert time.perf_counter() - start < 20


def test_json_prints_one_object_for_the_argument_and_does_not_read_stdin():
    proc = run(["scan", "--json", "SSN 287-65-4301 for the form"], stdin=b'{"id": 1, "text": "never read"}\n')
    assert proc.returncode == 1, proc.stderr   # 1: something was found, as in the person-readable form
    answer = json.loads(proc.stdout)
    assert [f["type"] for f in answer["findings"]] == ["ssn"] and "287-65-4301" not in proc.stdout.decode()


def test_a_published_sample_number_is_named_as_ignored_not_silently_passed():
    proc = run(["scan", "sample card: SSN 123-45-6789, card 4111 1111 1111 1111"])
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "No sensitive information found." in out
    assert "123-45-6789" in out and "4111 1111 1111 1111" in out and "sample" in out


def test_an_ordinary_clean_message_gets_no_sample_note():
    out = run(["scan", "staff meeting moved to room 204 at 3:15"]).stdout.decode()
    assert out.strip() == "No sensitive information found."
