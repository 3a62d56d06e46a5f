"""`aupbot ask --explain`: the tokens, concepts, frames and rules that fired, and the words it could not place."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _explain(question: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--explain", question], capture_output=True,
                          text=True, timeout=60, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_explain_shows_tokens_concepts_frames_rules_and_unplaced_words():
    out = _explain("can I use my cps email to organize a walkout")
    assert "email" in out["tokens"]
    assert "district_means" in out["concepts"]
    assert out["unplaced"] == ["walkout"]
    assert out["rules"] == ["staff_email"]
    assert out["verdict"] == "not_covered"


def test_explain_names_the_item_frame_that_fired():
    out = _explain("ok to send a union sign-up sheet over the group app")
    assert "item:23" in out["frames"]
    assert "item:23" in out["rules"]


def test_explain_reads_each_part_of_a_multi_part_question():
    out = _explain("can I text my 10th graders, and can my team have an IG?")
    assert [p["question"] for p in out["parts"]] == ["can I text my 10th graders", "can my team have an IG?"]
