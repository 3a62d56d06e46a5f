"""Block Kit renderings stay inside Slack's limits and never turn a user's text into markup."""
from __future__ import annotations

import json
from datetime import datetime

from bot.slack import blocks
from handlers import report
from policy.document import DEFAULT_POLICY, load_policy

POLICY = load_policy(DEFAULT_POLICY)


def test_report_modal_has_one_input_per_form_field_with_slacks_element_types(settings):
    fields = report.form_fields(settings)
    view = blocks.report_modal(fields, {"source": "slack"})
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert [b["block_id"] for b in inputs] == [f.name for f in fields]
    kinds = {"select": "static_select", "datetime": "datetimepicker", "text": "plain_text_input",
             "multiline": "plain_text_input"}
    for block, field in zip(inputs, fields, strict=False):
        assert block["element"]["type"] == kinds[field.kind]
        assert block["optional"] is (not field.required)
        for option in block["element"].get("options", []):
            assert len(option["text"]["text"]) <= 75 and len(option["value"]) <= 150
    assert len(view["title"]["text"]) <= 24 and len(view["submit"]["text"]) <= 24


def test_view_values_reads_selects_text_and_datetime_as_iso_utc():
    state = {"category": {"value": {"selected_option": {"value": "misuse"}}},
             "description": {"value": {"value": "a laptop was left unlocked"}},
             "when": {"value": {"selected_date_time": 1700000000}},
             "people_involved": {"value": {"value": None}}}
    values = blocks.view_values({"state": {"values": state}})
    assert values == {"category": "misuse", "description": "a laptop was left unlocked",
                      "when": "2023-11-14T22:13:20+00:00"}
    assert report.parse_when(values["when"], now=1700000100) is not None
    assert datetime.fromisoformat(values["when"]).timestamp() == 1700000000


def test_view_values_of_a_payload_without_state_is_empty():
    assert blocks.view_values({}) == {} and blocks.view_values(None) == {}


def test_user_text_cannot_become_a_mention_or_a_link():
    assert blocks.escape("<!channel> <https://evil|click> & co") == \
        "&lt;!channel&gt; &lt;https://evil|click&gt; &amp; co"


def test_sections_and_button_values_are_clipped_to_slacks_limits():
    long = "x" * 10_000
    assert len(blocks.section(long)["text"]["text"]) == blocks.SECTION_LIMIT
    b = blocks.button(long, "a", long)
    assert len(b["text"]["text"]) <= 75 and len(b["value"]) <= 2000
    assert len(blocks.clarify_value(long, 7, "staff")) <= 2000
    assert json.loads(blocks.clarify_value(long, 7, "staff"))["c"] == "staff"


def test_it_report_post_carries_the_three_reviewer_buttons_for_its_ticket():
    posted = blocks.it_report_blocks("New report AUP-2026-000001", "AUP-2026-000001")
    buttons = posted[-1]["elements"]
    assert [b["action_id"] for b in buttons] == list(blocks.STATUS_ACTIONS)
    assert {b["value"] for b in buttons} == {"AUP-2026-000001"}


def test_home_view_lists_reports_and_reviewer_sections():
    view = blocks.home_view(["• AUP-1"], [("*Open reports*", ["• AUP-2"])])
    text = json.dumps(view)
    assert view["type"] == "home" and "AUP-1" in text and "AUP-2" in text


def test_home_view_without_reports_says_so():
    assert "not filed any reports" in json.dumps(blocks.home_view([], []))


def test_optional_labels_do_not_say_optional_twice(settings):
    view = blocks.report_modal(report.form_fields(settings), {})
    for block in view["blocks"]:
        if block["type"] == "input" and block["optional"]:
            assert "(optional)" not in block["label"]["text"]


def test_clarify_reply_puts_the_choices_first_and_feedback_only_on_final_answers():
    from handlers import ask

    clarify = blocks.answer_blocks(ask.answer("can I text my team?"), 7, policy=POLICY)
    kinds = [b["type"] for b in clarify]
    assert kinds.index("actions") < len(kinds) - 1 and "aup_feedback" not in json.dumps(clarify)
    final = blocks.answer_blocks(ask.answer("can I friend a student on Facebook?"), 8, policy=POLICY)
    assert final[-1]["block_id"] == "aup_feedback"
    assert {b["value"] for b in final[-1]["elements"]} == {"8"}


def test_an_answer_stays_within_the_50_block_limit_and_section_size():
    from handlers import ask

    reply = ask.answer("can I friend a student on Facebook?")
    many = type(reply)(**{**reply.__dict__, "answer": "y" * 9000,
                          "citations": tuple(reply.citations) * 40, "conditions": ("z" * 500,) * 20})
    rendered = blocks.answer_blocks(many, 1, policy=POLICY)
    assert len(rendered) <= blocks.MESSAGE_BLOCK_LIMIT
    assert all(len(b["text"]["text"]) <= blocks.SECTION_LIMIT for b in rendered if b["type"] == "section")


def test_a_secret_pasted_into_a_question_is_not_echoed_back():
    from handlers import ask

    for question in ("can I send SSN 518-24-7391 to my team?", "my password is Tr0ub4dor&3-horse, can I text my team?"):
        rendered = json.dumps(blocks.answer_blocks(ask.answer(question), 3, policy=POLICY))
        assert "518-24-7391" not in rendered and "Tr0ub4dor" not in rendered


def test_a_reporting_answer_shows_report_it_not_a_green_allowed():
    from handlers import ask

    reply = ask.answer("my school laptop got stolen from my car, who do I tell?")
    rendered = blocks.answer_blocks(reply, 5, policy=POLICY)
    badge_text = rendered[0]["text"]["text"]
    assert "Report it" in badge_text
    assert ":large_green_circle:" not in badge_text
