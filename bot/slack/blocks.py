"""Block Kit renderings of the handlers' neutral replies: answers, clarify choices, nudges, the report form.

Only layout lives here; the wording comes from the handler's reply or from bot/slack/messages.yaml. Block Kit
has hard limits (3000 characters in a section, 150 in a header or button, 2000 in a button value, 255 action ids
per message) that Slack answers with `invalid_blocks`, so every string passes through `_clip`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot.delivery.markup import neutralise
from bot.texts import district_values, text
from handlers.report import shorten
from policy.document import PolicyDocument
from policy.redaction import redact

SECTION_LIMIT = 3000
BUTTON_LABEL_LIMIT = 75
BUTTON_VALUE_LIMIT = 2000
PLAIN_INPUT_LIMIT = 3000
OPTION_LABEL_LIMIT = 75
MESSAGE_BLOCK_LIMIT = 50
MAX_QUOTES = 8           # two blocks each: keeps a long answer far inside the 50-block limit

# Action ids: the listeners in listeners/actions.py are registered for exactly these (and the manifest test
# checks the interactive pieces the app declares).
CLARIFY_ACTION = "aup_clarify"          # suffixed _0, _1 ... : action ids must be unique within a block
FEEDBACK_ACTIONS = {"aup_helpful": True, "aup_not_helpful": False}
NOT_SENSITIVE_ACTION = "aup_not_sensitive"
STATUS_ACTIONS = {"aup_report_acknowledge": ("acknowledged", "button_acknowledge"),
                  "aup_report_start": ("in_progress", "button_start"),
                  "aup_report_resolve": ("resolved", "button_resolve")}
REPORT_VIEW = "aup_report_form"
NOT_SENSITIVE_VIEW = "aup_not_sensitive_reason"
REASON_BLOCK = "reason"


def _clip(value: str, limit: int) -> str:
    value = str(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _mrkdwn(value: str) -> dict:
    return {"type": "mrkdwn", "text": _clip(value, SECTION_LIMIT)}


def _plain(value: str, limit: int = 150) -> dict:
    return {"type": "plain_text", "text": _clip(value, limit), "emoji": True}


def section(value: str) -> dict:
    return {"type": "section", "text": _mrkdwn(value)}


def context(value: str) -> dict:
    return {"type": "context", "elements": [_mrkdwn(value)]}


def button(label: str, action_id: str, value: str, style: str | None = None) -> dict:
    b = {"type": "button", "text": _plain(label, BUTTON_LABEL_LIMIT), "action_id": action_id,
         "value": value[:BUTTON_VALUE_LIMIT]}
    if style:
        b["style"] = style
    return b


def escape(value: str) -> str:
    """Slack treats <, > and & as markup; a user's text must not become a link or a mention. The rule has one
    owner, bot.delivery.markup.neutralise (the outbox's Slack posts use it too)."""
    return neutralise(value)


def badge(verdict: str, label: str) -> str:
    try:
        return text(f"slack.badge_{verdict}", label=label)
    except KeyError:
        return text("slack.badge_other", label=label)


# -- answers ------------------------------------------------------------------------------------------------

def clarify_value(question: str, question_ref: int | None, choice_id: str) -> str:
    """What a clarify button carries back: the choice and enough of the question to answer it again."""
    room = BUTTON_VALUE_LIMIT - 80 - len(choice_id)
    return json.dumps({"r": question_ref, "c": choice_id, "q": question[:room]}, separators=(",", ":"))


def answer_blocks(reply: Any, question_ref: int | None, mentions: Iterable[str] = (), *,
                  policy: PolicyDocument) -> list[dict]:
    """An AskReply as Block Kit: badge, answer, conditions, the asker's registered approvals that meet them
    (`mentions`, from handlers.approvals.mentions_for), quoted policy text with citation, choices, feedback."""
    # The asker typed the question, but the bot must not write a pasted secret out again: it is echoed (and
    # carried in the clarify buttons) only in its masked form.
    question = redact(reply.question, policy=policy).text
    # a reporting answer is shown as "Report it", not a green "Allowed" (DESIGN.md)
    shown = "report" if getattr(reply, "kind", "answer") == "report" else reply.verdict
    blocks: list[dict] = [section(badge(shown, reply.verdict_label)),
                          context(text("slack.you_asked", question=escape(_clip(question, 300))))]
    if reply.answer:
        blocks.append(section(escape(reply.answer)))
    if reply.conditions:
        lines = [text("slack.conditions_heading")] + [f"• {escape(c)}" for c in reply.conditions]
        blocks.append(section("\n".join(lines)))
    mentions = list(mentions)
    if mentions:
        blocks.append(context("\n".join([text("slack.approvals_heading"),
                                         *(text("slack.approval_mention", line=escape(m)) for m in mentions)])))
    if reply.options:
        # a clarify question: the choice comes first; the policy text is quoted with the final verdict
        blocks.append(section(text("slack.clarify_prompt")))
        blocks.append({"type": "actions", "block_id": "aup_clarify", "elements": [
            button(opt.label, f"{CLARIFY_ACTION}_{i}", clarify_value(question, question_ref, opt.choice_id))
            for i, opt in enumerate(reply.options[:25])]})
        blocks.extend(context(_citation(quote, reply)) for quote in reply.citations[:MAX_QUOTES])
        return blocks
    for quote in reply.citations[:MAX_QUOTES]:
        if quote.text:
            quoted = "\n".join("> " + line for line in escape(quote.text).splitlines() if line.strip())
            blocks.append(section(quoted))
        blocks.append(context(_citation(quote, reply)))
    if question_ref is not None:
        blocks.append({"type": "actions", "block_id": "aup_feedback", "elements": [
            button(text("slack.helpful"), "aup_helpful", str(question_ref)),
            button(text("slack.not_helpful"), "aup_not_helpful", str(question_ref))]})
    return blocks


def _citation(quote: Any, reply: Any) -> str:
    """"<policy title> · <section>, item N": the title is the district's own (handlers.ask.AskReply)."""
    key = "slack.citation_item" if quote.item is not None else "slack.citation"
    title = getattr(reply, "policy_title", "") or district_values(None)["policy_title"]
    return text(key, section=quote.section, item=quote.item, policy_title=title)


def answer_fallback(reply: Any) -> str:
    """The notification and screen-reader text that goes beside the blocks."""
    return _clip(text("slack.answer_fallback", label=reply.verdict_label, answer=reply.answer), 3000)


# -- watching -----------------------------------------------------------------------------------------------

def nudge_blocks(nudge: Any) -> list[dict]:
    return [section(escape(nudge.text)), {"type": "actions", "block_id": "aup_nudge", "elements": [
        button(text("slack.nudge_not_sensitive"), NOT_SENSITIVE_ACTION, ",".join(nudge.finding_ids))]}]


def not_sensitive_modal(finding_ids: str, channel: str) -> dict:
    return {
        "type": "modal", "callback_id": NOT_SENSITIVE_VIEW,
        "title": _plain(text("slack.not_sensitive_title"), 24),
        "submit": _plain(text("slack.not_sensitive_submit"), 24),
        "close": _plain(text("slack.report_cancel"), 24),
        "private_metadata": json.dumps({"findings": finding_ids, "channel": channel}),
        "blocks": [{"type": "input", "block_id": REASON_BLOCK, "label": _plain(text("slack.not_sensitive_label")),
                    "hint": _plain(text("slack.not_sensitive_hint")),
                    "element": {"type": "plain_text_input", "action_id": "value", "multiline": True,
                                "max_length": 500}}],
    }


# -- reports ------------------------------------------------------------------------------------------------

def _field_element(field: Any) -> dict:
    kind = field.kind
    if kind == "select":
        return {"type": "static_select", "action_id": "value",
                "placeholder": _plain(text("slack.report_select_placeholder")),
                "options": [{"text": _plain(shorten(label, OPTION_LABEL_LIMIT)), "value": str(value)[:150]}
                            for value, label in field.options[:100]]}
    if kind == "datetime":
        return {"type": "datetimepicker", "action_id": "value"}
    element = {"type": "plain_text_input", "action_id": "value", "multiline": kind == "multiline"}
    if field.max_length:
        element["max_length"] = min(int(field.max_length), PLAIN_INPUT_LIMIT)
    return element


def report_modal(fields: Iterable[Any], metadata: dict, evidence: list[dict] | None = None,
                 initial: dict[str, str] | None = None, district: dict[str, str] | None = None) -> dict:
    """The report form as a modal; `metadata` (source, channel, ts, permalink) rides in private_metadata;
    `district` names the service desk it goes to (bot.texts.district_values)."""
    initial = initial or {}
    blocks: list[dict] = [section(text("slack.report_intro", **(district or district_values(None))))]
    blocks.extend(evidence or [])
    for field in fields:
        element = _field_element(field)
        if field.name in initial and element["type"] == "plain_text_input":
            element["initial_value"] = initial[field.name][: element.get("max_length", PLAIN_INPUT_LIMIT)]
        # Slack prints "(optional)" beside optional inputs itself; a label that says so too would say it twice
        label = field.label if field.required else field.label.replace(" (optional)", "")
        blocks.append({"type": "input", "block_id": field.name, "optional": not field.required,
                       "label": _plain(label, 2000), "element": element})
    return {"type": "modal", "callback_id": REPORT_VIEW, "title": _plain(text("slack.report_title"), 24),
            "submit": _plain(text("slack.report_submit"), 24), "close": _plain(text("slack.report_cancel"), 24),
            "private_metadata": json.dumps(metadata)[:3000], "blocks": blocks}


def view_values(view: dict) -> dict[str, str]:
    """The submitted values of a modal, one string per block id (a datetime as ISO 8601 UTC)."""
    values: dict[str, str] = {}
    state = ((view or {}).get("state") or {}).get("values") or {}
    for block_id, actions in state.items():
        for element in (actions or {}).values():
            element = element or {}
            if element.get("selected_option"):
                values[block_id] = str(element["selected_option"].get("value", ""))
            elif element.get("selected_date_time") is not None:
                moment = datetime.fromtimestamp(int(element["selected_date_time"]), tz=UTC)
                values[block_id] = moment.isoformat()
            elif element.get("value") is not None:
                values[block_id] = str(element["value"])
    return values


def status_label(status: str) -> str:
    try:
        return text(f"slack.status_label_{status}")
    except KeyError:
        return status.replace("_", " ")


def report_list_lines(reports: Iterable[Any]) -> list[str]:
    return [text("slack.status_line", ticket=r.ticket, category=escape(str(r.category_label)),
                 status=status_label(r.status), updated=when(r.updated_at)) for r in reports]


def when(moment: Any) -> str:
    if isinstance(moment, (int, float)):
        return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
    return str(moment)[:16].replace("T", " ")


def it_report_blocks(message: str, ticket: str) -> list[dict]:
    """A report as posted to the IT channel, with the reviewer buttons that move it through its statuses."""
    return [section(message), {"type": "actions", "block_id": "aup_report_status", "elements": [
        button(text(f"slack.{label}"), action_id, ticket, style="primary" if status == "resolved" else None)
        for action_id, (status, label) in STATUS_ACTIONS.items()]}]


# -- help and home ------------------------------------------------------------------------------------------

def help_blocks() -> list[dict]:
    return [section(text("slack.help"))]


def home_view(report_lines: list[str], reviewer_sections: list[tuple[str, list[str]]]) -> dict:
    blocks: list[dict] = [{"type": "header", "text": _plain(text("slack.home_heading"))}, section(text("slack.help")),
                          {"type": "divider"}, section(text("slack.home_recent_reports")),
                          section("\n".join(report_lines) if report_lines else text("slack.status_none"))]
    for heading, lines in reviewer_sections:
        blocks += [{"type": "divider"}, section(heading), section("\n".join(lines))]
    return {"type": "home", "blocks": blocks[:100]}
