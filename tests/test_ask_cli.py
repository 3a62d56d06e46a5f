"""`aupbot ask` as a person, as JSON and as the JSONL batch the scoring tool drives; start-up stays light."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ask(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot.cli", "ask", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, cwd=ROOT, env=env)


def test_jsonl_batch_answers_every_line_in_order_even_broken_ones():
    lines = [json.dumps({"id": "a", "question": "can I text my 2nd graders?"}),
             "this is not json",
             json.dumps({"id": 7, "question": ""}),
             json.dumps({"id": "b", "question": "how do I report a stolen laptop?"})]
    done = _ask("--jsonl", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(x) for x in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 2, 7, "b"]
    assert [r["verdict"] for r in rows] == ["prohibited", "not_covered", "not_covered", "allowed"]
    assert rows[3]["citations"][0]["section"] == "Report Improper Conduct"
    assert "error" in rows[1] and "line 2" in rows[1]["error"]   # the broken line says so
    assert all("error" not in r for r in (rows[0], rows[2], rows[3]))
    for r in rows:
        assert set(r) >= {"id", "verdict", "answer", "citations", "conditions", "options"}


def test_json_mode_prints_one_object_with_options_for_clarify():
    done = _ask("--json", "can I text my team?")
    row = json.loads(done.stdout)
    assert row["verdict"] == "clarify"
    assert {o["verdict"] for o in row["options"]} == {"under_review", "prohibited", "conditional"}


def test_person_mode_prints_badge_answer_and_quoted_policy():
    done = _ask("can I friend a parent on Facebook?")
    assert done.returncode == 0
    assert done.stdout.startswith("[Prohibited]")
    assert "Staff to Student Social Media Communications" in done.stdout


def test_choice_resolves_a_clarify_from_the_command_line():
    done = _ask("--json", "--choice", "audience=staff", "can I text my team?")
    assert json.loads(done.stdout)["verdict"] == "under_review"


def test_ask_does_not_import_the_platform_clients():
    code = ("import sys; from bot.cli import main; main(['ask', '--json', 'can I text my team?']); "
            "bad = [m for m in sys.modules if m.startswith(('slack_bolt', 'slack_sdk', 'googleapiclient', "
            "'google.auth', 'apscheduler'))]; print('BAD', bad, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "BAD []" in done.stderr




def _cold_ask(question: str, loaded: str) -> subprocess.CompletedProcess[str]:
    """`aupbot ask QUESTION` in a fresh process, which prints to stderr after "LOADED" the sorted modules for which
    the condition `loaded` (a Python expression over the module name `m`) holds once the answer is given."""
    code = ("import sys; from bot.cli import main; main(['ask', sys.argv[1]]); "
            f"print('LOADED', sorted(m for m in sys.modules if {loaded}), file=sys.stderr)")
    return subprocess.run([sys.executable, "-c", code, question], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)


def test_a_cold_ask_imports_no_storage_even_when_the_question_carries_a_value():
    # the answer opens no database; sqlite_utils was a tenth of a cold `aupbot ask` (numpy, which it imports, the
    # readers' sums load anyway). A question with an address and a number also runs the paste warning's detectors.
    done = _cold_ask("can I email the parent at pat.lee@example.org about room 1234?",
                     loaded="m.split('.')[0] == 'sqlite_utils' or m.startswith('bot.store')")
    assert "Not covered" in done.stdout
    assert "LOADED []" in done.stderr


def test_a_cold_ask_whose_value_is_no_phone_number_never_loads_the_phone_library():
    # libphonenumber and its metadata are a tenth of building the detectors; a question with an SSN or a password
    # runs the paste warning's detectors without a phone number for it to judge
    done = _cold_ask("is it ok to give the nurse my SSN 536-22-8741 and the wifi password Tulip2024?",
                     loaded="m.split('.')[0] == 'phonenumbers'")
    assert done.stdout.strip()
    assert "LOADED []" in done.stderr


def test_a_cold_ask_whose_question_carries_no_value_never_loads_the_detectors():
    # the paste warning builds the detectors only for a question with an "@", a password word or four digits; the
    # registry's module (and re2 with it) were about 20 ms of CPU in every other cold ask
    done = _cold_ask("may I ring my swim squad from my own cell?",
                     loaded="m.startswith('policy.detectors') or m.split('.')[0] == 're2'")
    assert done.stdout.strip()
    assert "LOADED []" in done.stderr


def test_one_question_runs_without_the_collector_and_a_batch_keeps_it():
    # a process that answers one question and ends has no garbage worth the collector's passes over the loaded
    # vocabulary; a batch reads questions without end, so it collects as usual
    code = ("import gc, sys; from bot.cli import main; main(['ask', sys.argv[1]] + sys.argv[2:]); "
            "print('COLLECTING', gc.isenabled(), file=sys.stderr)")
    one = subprocess.run([sys.executable, "-c", code, "may I ring my swim squad from my own cell?"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    batch = subprocess.run([sys.executable, "-c", code, "--jsonl"], capture_output=True, text=True, timeout=60,
                           cwd=ROOT, input='{"id": 1, "question": "may I ring my swim squad?"}\n')
    assert "COLLECTING False" in one.stderr
    assert "COLLECTING True" in batch.stderr and json.loads(batch.stdout)["id"] == 1


def test_a_reader_that_closes_the_pipe_early_ends_the_command_quietly():
    # `aupbot ask "..." | head -1`: the rest of the answer has nowhere to go; that is no error
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "can I text my team?"], stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=60, cwd=ROOT)
    finally:
        os.close(write_end)
    assert done.returncode == 0 and done.stderr == ""


def test_a_cold_ask_whose_data_files_are_kept_parsed_never_imports_yaml():
    # the policy file and the messages are read from their kept parse (policy/yaml_loader.py): importing PyYAML
    # and parsing them were about 25 ms of a cold ask with no value. The first process keeps them; the next reads.
    question = "may I ring my swim squad from my own cell?"
    _cold_ask(question, loaded="False")
    done = _cold_ask(question, loaded="m.split('.')[0] == 'yaml'")
    assert done.stdout.strip()
    assert "LOADED []" in done.stderr
