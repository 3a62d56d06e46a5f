"""A second district runs on its own policy file with no code change: AUPBOT_POLICY points at the fictional
Lakeshore Unified School District (policy/data/examples/), and the console, Slack and Google Chat answer from its
sections, offer its items as report categories and give its service desk; `aupbot scan` uses its detector
settings; its own question set scores above a floor. The expected district facts are read from the two policy
files, so these tests pin that facts flow from data, not what the facts are."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.slack.blocks import OPTION_LABEL_LIMIT
from handlers import report
from policy.bundle import load_bundle
from policy.document import DEFAULT_POLICY, PolicyFileError, load_policy, parse_policy, read_yaml
from policy.engine import engine_for
from policy.overlay import merge_overlay, vocabulary_for
from tests.servers.google import GoogleStandIn, chat_poster, events, service_account_file
from tests.servers.slack_api import RunningBot

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "policy" / "data" / "examples"
LAKESHORE = EXAMPLES / "lakeshore-usd.yaml"
QUESTIONS = EXAMPLES / "lakeshore-usd-questions.jsonl"
SCORE = ROOT.parent / "shared" / "tools" / "score.py"
LUSD = load_policy(LAKESHORE).district
CPS = load_policy(DEFAULT_POLICY).district
VERDICT_FLOOR = 0.9     # first run of the 32 questions before any tuning: 29/32 (0.906)

# A question per kind of answer, worded for Lakeshore (LakeLink is its texting app, there is no grade band).
PRIVATE_NUMBER = "can I text my 3rd graders' reading group from my own cell phone?"
DRESS_CODE = "what is the dress code for staff on fridays?"
BETTING = "can I run a fantasy football betting pool on my school email?"
AUDIENCE = "123456789012"


@pytest.fixture
def lakeshore(tmp_path, monkeypatch) -> Settings:
    """Settings as `aupbot serve` builds them with AUPBOT_POLICY set, and the variable set for the process."""
    monkeypatch.setenv("AUPBOT_POLICY", str(LAKESHORE))
    return Settings.from_env({"AUPBOT_POLICY": str(LAKESHORE)}).with_(db_path=tmp_path / "aupbot.db",
                                                                      hash_secret="test-hash-secret")


def _cli(*args: str, stdin: str = "", policy: Path = LAKESHORE) -> subprocess.CompletedProcess:
    env = {**os.environ, "AUPBOT_POLICY": str(policy)}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env=env)


def _headings(path: Path) -> set[str]:
    return {s.heading for s in load_policy(path).sections}


# -- the policy file and its overlay ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", [DEFAULT_POLICY, LAKESHORE], ids=["cps", "lakeshore"])
def test_both_policy_files_pass_the_schema_check(path):
    done = _cli("policy", "check", str(path))
    assert done.returncode == 0, done.stderr
    assert "ok" in done.stdout


def test_the_second_policy_is_built_differently_from_the_first():
    lusd, cps = load_policy(LAKESHORE), load_policy(DEFAULT_POLICY)
    assert len(lusd.unacceptable_uses) != len(cps.unacceptable_uses)
    assert not _headings(LAKESHORE) & _headings(DEFAULT_POLICY)
    assert not any("9-12" in r.explain or "K-8" in r.explain for r in lusd.rules)   # no grade-band exception


def test_the_overlay_puts_the_districts_words_before_the_shared_ones_and_adds_its_own_values():
    base = {"channels": [{"value": "group_app", "patterns": ["shared"]}, {"value": "text", "patterns": ["t"]}],
            "typos": {"txt": "text"}, "labels": {"channel": {"text": "Texts"}}}
    overlay = {"channels": [{"value": "group_app", "patterns": ["lakelink"]}],
               "facts": [{"value": "ad_copied", "patterns": ["cc the ad"]}],
               "typos": {"lake link": "lakelink"}, "labels": {"channel": {"group_app": "LakeLink"}}}
    merged = merge_overlay(base, overlay, Path("overlay.yaml"))
    assert merged["channels"][0]["patterns"] == ["lakelink", "shared"]
    assert merged["facts"] == [{"value": "ad_copied", "patterns": ["cc the ad"]}]
    assert merged["typos"] == {"txt": "text", "lake link": "lakelink"}
    assert merged["labels"]["channel"] == {"text": "Texts", "group_app": "LakeLink"}
    assert base["channels"][0]["patterns"] == ["shared"]        # the shared vocabulary is not changed


def test_an_overlay_may_not_carry_reading_rules_or_item_cues():
    with pytest.raises(PolicyFileError, match=r"overlay.yaml: items: not allowed in an overlay"):
        merge_overlay({}, {"items": {1: {"cues": ["x"]}}}, Path("overlay.yaml"))


def test_an_item_that_reads_a_cue_set_the_vocabulary_lacks_is_named(tmp_path):
    raw = read_yaml(LAKESHORE)
    raw["unacceptable_uses"][0]["reads"] = [99]
    raw["vocabulary"] = str(LAKESHORE.parent.parent / "vocabulary.yaml")
    raw["vocabulary_overlay"] = str(EXAMPLES / "lakeshore-usd-vocabulary.yaml")
    with pytest.raises(PolicyFileError, match=r"unacceptable_uses\[0\]\.reads: 99 is no item key"):
        vocabulary_for(parse_policy(tmp_path / "broken.yaml", raw))


def test_a_finding_may_only_name_the_policys_own_items(tmp_path):
    raw = read_yaml(LAKESHORE)
    raw["findings"]["ssn"]["policy_items"] = [len(raw["unacceptable_uses"]) + 1]
    with pytest.raises(PolicyFileError, match=r"findings.ssn.policy_items: must be item numbers 1-20"):
        parse_policy(tmp_path / "broken.yaml", raw)


def test_no_message_template_names_a_district():
    facts = {CPS.name, CPS.short_name, CPS.service_desk, CPS.service_desk_phone, LUSD.name, LUSD.service_desk,
             LUSD.service_desk_phone, *CPS.place_names}
    for path in sorted((ROOT / "handlers" / "messages").glob("*.yaml")):
        body = path.read_text(encoding="utf-8")
        named = sorted(f for f in facts if re.search(rf"\b{re.escape(f)}\b", body))
        assert not named, f"{path.name} names {named}: use the {{district}}, {{desk}}, {{desk_phone}} placeholders"


# -- answers -----------------------------------------------------------------------------------------------------


def test_the_console_answers_from_the_second_policy_with_its_own_desk(lakeshore):
    from bot.commands.console import console_main

    out = io.StringIO()
    console_main(lakeshore, stdin=io.StringIO(f"{PRIVATE_NUMBER}\n{DRESS_CODE}\n{BETTING}\n"), stdout=out)
    said = out.getvalue()
    assert "Contacting Students" in said
    assert "Prohibited Uses, item 14" in said                     # betting: its own item number
    assert LUSD.policy_title in said
    assert LUSD.service_desk_phone in said and LUSD.service_desk in said
    assert CPS.service_desk_phone not in said and "grades 9-12" not in said


def test_slack_answers_cite_the_second_policy_and_offer_its_items_as_report_categories(lakeshore, db):
    with RunningBot(lakeshore, db) as bot:
        bot.slack.command(PRIVATE_NUMBER)
        bot.api.wait_for("response_url")
        bot.slack.command(DRESS_CODE)             # one at a time: answers to two commands may come in any order
        answers = bot.api.wait_for("response_url", count=2)
        bot.slack.command("report")
        (opened,) = bot.api.wait_for("views.open")
    first, second = (json.dumps(a, ensure_ascii=False) for a in answers)
    assert "Contacting Students" in first and "Staff to Student" not in first
    assert f"{LUSD.policy_title} · Contacting Students" in first
    assert LUSD.service_desk_phone in second and CPS.service_desk_phone not in second
    view = json.dumps(opened)
    assert LUSD.service_desk in view
    items = load_policy(LAKESHORE).unacceptable_uses
    assert report.shorten(f"{len(items)}: {items[len(items)].text}", OPTION_LABEL_LIMIT)[:40] \
        in view.replace("\\u2026", "…")
    assert f'"value": "{len(items) + 1}"' not in view


def test_chat_answers_cite_the_second_policy_and_its_report_dialog_lists_its_items(lakeshore, db, tmp_path):
    with GoogleStandIn() as google, _serving_chat(lakeshore, db, google, tmp_path) as post:
        answer = json.dumps(post(events.message(PRIVATE_NUMBER)))
        pointer = json.dumps(post(events.message(DRESS_CODE)))
        clicked = events.card_clicked("report_open", {}, space_type="SPACE")
        clicked["isDialogEvent"], clicked["dialogEventType"] = True, "REQUEST_DIALOG"
        dialog = json.dumps(post(clicked))
        welcome = post(events.added_to_space("DIRECT_MESSAGE"))["text"]
    assert "Contacting Students" in answer and "Exception to Policy" not in answer
    assert LUSD.policy_title in welcome and CPS.policy_title not in welcome
    assert LUSD.service_desk_phone in pointer and CPS.service_desk_phone not in pointer
    items = load_policy(LAKESHORE).unacceptable_uses
    assert items[5].text[:30] in dialog and load_policy(DEFAULT_POLICY).unacceptable_uses[5].text[:30] \
        not in dialog


@contextmanager
def _serving_chat(settings, db, google, tmp_path):
    """The serve stack with the Chat component, on loopback, and a poster that signs as Chat does."""
    settings = settings.with_(port=0, gchat_audience=AUDIENCE, gchat_certs_url=google.certs_url,
                              gchat_api_url=google.url,
                              gchat_credentials=str(service_account_file(tmp_path, google.token_url)))
    with chat_poster(settings, db, AUDIENCE) as post:
        yield post



def test_a_report_reply_gives_the_second_districts_desk(lakeshore, db):
    from handlers.types import person_from_settings

    reply = report.submit(db, lakeshore, person_from_settings("console:t", lakeshore),
                          {"category": "5", "description": "a colleague taped their password to the monitor",
                           "location": "other"}, source="console")
    assert reply.ok, reply.errors
    assert LUSD.service_desk in reply.text and LUSD.service_desk_phone in reply.text
    assert CPS.service_desk not in reply.text


def test_report_categories_are_the_policys_own_items():
    numbered = [c for c in report.categories_for(LAKESHORE) if c.value.isdigit()]
    assert [c.value for c in numbered] == [str(n) for n in range(1, len(load_policy(LAKESHORE).unacceptable_uses) + 1)]
    assert report.resolve_category("37", LAKESHORE) is None
    assert report.resolve_category("37", DEFAULT_POLICY) is not None


def test_the_second_policy_cites_its_own_item_numbers():
    engine = engine_for(LAKESHORE)
    from policy.understanding import Understanding

    verdict = engine.verdict_for(Understanding(engine.vocabulary).read(BETTING))
    assert verdict.verdict == "prohibited"
    assert [(c.section, c.item) for c in verdict.citations] == [("Prohibited Uses", 14)]


def test_no_grade_band_is_asked_for_when_the_policy_has_none():
    from handlers import ask

    reply = ask.answer("can I text my students about the field trip?", bundle=load_bundle(LAKESHORE))
    assert reply.verdict == "conditional" and not reply.options


# -- detection ---------------------------------------------------------------------------------------------------

SCAN_LINES = [
    {"id": "own_domain", "text": f"write to jo.smith@{LUSD.email_domains[0]} about it"},
    {"id": "other_domain", "text": f"write to jo.smith@{CPS.email_domains[0]} about it"},
    # the number alone, no office named beside it (an office named nearest makes any number an organisation's line)
    {"id": "own_desk", "text": f"questions? call me at {LUSD.service_desk_phone}"},
    {"id": "gradebook_link", "text": f"see https://{LUSD.systems['gradebook'][0].lower()}.example/view?id=40958172"},
    {"id": "other_transit_card", "text": f"my {CPS.systems['transit_card'][0]} pass is Bluejay42!"},
    {"id": "own_transit_card", "text": f"my {LUSD.systems['transit_card'][0]} pass is Bluejay42!"},
]


def _scan(policy: Path) -> dict[str, list[dict]]:
    done = _cli("scan", "--jsonl", stdin="".join(json.dumps(line) + "\n" for line in SCAN_LINES), policy=policy)
    assert done.returncode == 0, done.stderr
    return {row["id"]: row["findings"] for row in map(json.loads, done.stdout.splitlines())}


def test_scan_uses_the_second_districts_domains_desk_systems_and_items():
    lusd = _scan(LAKESHORE)
    assert lusd["own_domain"] == [] and lusd["own_desk"] == [] and lusd["own_transit_card"] == []
    assert [f["type"] for f in lusd["other_domain"]] == ["personal_email"]
    own_items = load_policy(LAKESHORE).findings["personal_email"].policy_items
    assert lusd["other_domain"][0]["policy_items"] == list(own_items)
    assert [f["type"] for f in lusd["gradebook_link"]] == ["student_id"]
    assert [f["type"] for f in lusd["other_transit_card"]] == ["credential"]


def test_the_same_lines_read_the_other_way_under_the_first_district():
    cps = _scan(DEFAULT_POLICY)
    assert [f["type"] for f in cps["own_domain"]] == ["personal_email"]
    assert [f["type"] for f in cps["own_desk"]] == ["personal_phone"]
    assert cps["other_domain"] == [] and cps["gradebook_link"] == [] and cps["other_transit_card"] == []


# -- the question set --------------------------------------------------------------------------------------------


def test_the_question_set_is_labelled_with_the_second_policys_own_sections():
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    headings = _headings(LAKESHORE)
    items = set(load_policy(LAKESHORE).unacceptable_uses)
    assert len(rows) >= 30 and len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        for cite in row["citations"]:
            assert cite["section"] in headings, row["id"]
            assert cite["item"] is None or cite["item"] in items, row["id"]


def test_no_answer_to_the_question_set_names_the_other_district():
    """Wording the shared vocabulary carries (an item's condition) must come from this district's file."""
    from handlers import ask

    other = [CPS.name, CPS.short_name, CPS.service_desk, CPS.service_desk_phone, "Hangouts", "9-12", "K-8"]
    for line in QUESTIONS.read_text(encoding="utf-8").splitlines():
        question = json.loads(line)["question"]
        said = json.dumps(ask.answer(question, bundle=load_bundle(LAKESHORE)).to_json())
        named = [w for w in other if re.search(rf"\b{re.escape(w)}\b", said)]
        assert not named, f"{question!r} names {named}"


@pytest.mark.skipif(not SCORE.exists(), reason="the shared scoring tool is not beside this checkout")
def test_the_second_districts_question_set_scores_above_the_floor():
    aupbot = Path(sys.executable).parent / "aupbot"
    done = subprocess.run([sys.executable, str(SCORE), "ask", "--data", str(QUESTIONS),
                           "--cmd", f"{aupbot} ask --jsonl", "--min-verdict", str(VERDICT_FLOOR)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "AUPBOT_POLICY": str(LAKESHORE)})
    headline = done.stdout.strip().splitlines()[-1]
    assert done.returncode == 0, done.stdout
    assert float(re.search(r"verdict (\d\.\d+)", headline).group(1)) >= VERDICT_FLOOR
