"""The "Report this message" message shortcut: the report form with the message's permalink as evidence.

The modal opens first, on the fresh trigger_id; the permalink and the masked excerpt are fetched after and put in
with views.update. The message text itself never enters the report: the modal shows an excerpt through the one
redaction function (policy.redaction.redact) and the report carries the permalink.
"""
from __future__ import annotations

import logging

from bot.slack import blocks
from bot.slack.deps import SlackDeps, require
from bot.slack.listener import Listener, attach
from bot.texts import district_values, text
from handlers import report
from policy.document import PolicyDocument
from policy.redaction import redact

log = logging.getLogger("aupbot.slack")

EXCERPT_CHARS = 300


def masked_excerpt(message_text: str, policy: PolicyDocument) -> str:
    """The reported message with every detected value masked, shortened: reviewers see the gist, not the leak."""
    short = message_text[: EXCERPT_CHARS * 4]
    masked = redact(short, policy=policy).text
    return masked[:EXCERPT_CHARS] + ("…" if len(masked) > EXCERPT_CHARS or len(message_text) > len(short) else "")


def on_report_message(body, client, context) -> None:
    shortcut = body
    deps: SlackDeps = context["aup"]
    (trigger_id,) = require(shortcut, "trigger_id")
    channel = (shortcut.get("channel") or {}).get("id", "")
    message = shortcut.get("message") or {}
    ts = message.get("ts") or shortcut.get("message_ts") or ""
    fields = report.form_fields(deps.settings)
    district = district_values(deps.bundle.district)
    metadata = {"source": "slack_shortcut", "channel": channel, "ts": ts}
    opened = client.views_open(trigger_id=trigger_id, view=blocks.report_modal(
        fields, metadata, [blocks.context(text("slack.report_evidence_pending"))], district=district))
    if not channel or not ts:
        return
    permalink = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink", "")
    excerpt = blocks.escape(masked_excerpt(message.get("text") or "", deps.bundle.policy))
    evidence = [blocks.context(text("slack.report_evidence", permalink=permalink, channel=channel))]
    if excerpt:
        evidence.append(blocks.context(text("slack.report_evidence_excerpt", excerpt=excerpt)))
    view_id = (opened.get("view") or {}).get("id")
    client.views_update(view_id=view_id, view=blocks.report_modal(
        fields, {**metadata, "permalink": permalink}, evidence, district=district))


# Message shortcuts this app declares (app_manifest.yml features.shortcuts, type message).
SHORTCUTS: dict[str, Listener] = {"aup_report_message": Listener(work=on_report_message, opens_modal=True)}


def register(app) -> None:
    for callback_id, listener in SHORTCUTS.items():
        attach(app.shortcut(callback_id), listener)
