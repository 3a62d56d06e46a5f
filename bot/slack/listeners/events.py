"""Events API: direct messages and @mentions are answered in a thread, channel messages go through watching,
and App Home is published when a user opens it.

These are the work parts: Bolt has acked the event before they run, and retried deliveries never reach them (the
de-duplication middleware in bot/slack/app.py drops any event_id already seen).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable

from bot.slack import blocks, files
from bot.slack.deps import SlackDeps, require, slack_user
from bot.slack.home import home_for
from bot.slack.listener import Listener, attach
from bot.slack.listeners.commands import MAX_QUESTION_CHARS
from bot.texts import text
from handlers import ask, watch, watch_files

log = logging.getLogger("aupbot.slack")

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")

# Message subtypes that carry a person's words; everything else (joins, topic changes, deletions, bot posts)
# is neither a question nor something to watch. The value says whether the text is an edit.
MESSAGE_KINDS: dict[str | None, bool] = {None: False, "file_share": False, "thread_broadcast": False,
                                         "message_changed": True}


def answer_in_thread(client, deps: SlackDeps, channel: str, ts: str, thread_ts: str | None, user: str,
                     question: str, *, private: bool = False, conversation: bool = False) -> None:
    """`private`: a DM, where the answer may name the asker's registered approvals; a channel thread is read
    by everyone in the channel, so there it does not. `conversation`: a DM or group DM, where a follow-up
    question is read against the one before."""
    if len(question) > MAX_QUESTION_CHARS:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts or ts,
                                text=text("slack.question_too_long", length=len(question), limit=MAX_QUESTION_CHARS))
        return
    # in a DM a fragment ("and on instagram?") continues the question before it; a channel thread is shared, so
    # there every question stands on its own
    asked = ask.ask(deps.bundle, deps.db, deps.person(user), question, private=private,
                    conversation=(deps.conversations, f"{deps.workspace}/{channel}") if conversation else None)
    client.chat_postMessage(channel=channel, thread_ts=thread_ts or ts, text=blocks.answer_fallback(asked.reply),
                            blocks=blocks.answer_blocks(asked.reply, asked.question_ref, asked.mentions,
                                               policy=deps.bundle.policy))


def on_mention(event, client, context) -> None:
    deps: SlackDeps = context["aup"]
    if event.get("bot_id"):
        return
    channel, ts, user = require(event, "channel", "ts", "user")
    question = MENTION.sub("", event.get("text") or "").strip()
    if not question:
        client.chat_postMessage(channel=channel, thread_ts=event.get("thread_ts") or ts, text=text("slack.help"))
        return
    answer_in_thread(client, deps, channel, ts, event.get("thread_ts"), user, question)


def on_message(event, client, context) -> None:
    deps: SlackDeps = context["aup"]
    subtype = event.get("subtype")
    if subtype not in MESSAGE_KINDS or event.get("bot_id"):
        return
    edited = MESSAGE_KINDS[subtype]
    message = event.get("message") if edited else event
    if not isinstance(message, dict) or message.get("bot_id") or message.get("subtype") == "bot_message":
        return
    if edited and (event.get("previous_message") or {}).get("text") == message.get("text"):
        return  # link unfurls and reactions also arrive as message_changed; the words did not change
    (channel,) = require(event, "channel")
    ts, user = require(message, "ts", "user")
    conversation = event.get("channel_type")
    if conversation in ("im", "mpim"):
        # A group DM with the bot is asked like a DM; the others in it read the answer, so only a one-to-one DM
        # may name the asker's registered approvals.
        if not edited and (message.get("text") or "").strip():
            answer_in_thread(client, deps, channel, ts, message.get("thread_ts"), user, message["text"].strip(),
                             private=conversation == "im", conversation=True)
        return
    watch_message(client, deps, channel, ts, message.get("thread_ts"), user, message.get("text") or "", edited)
    if not edited and isinstance(message.get("files"), list):
        # file_share messages, and files in plain message events; an edit re-sends the words, not the files
        watch_shared_files(client, deps, channel, ts, message.get("thread_ts"), user, message["files"])


def watch_message(client, deps: SlackDeps, channel: str, ts: str, thread_ts: str | None, user: str, body: str,
                  edited: bool) -> None:
    if not body or not watch.is_watched(deps.db, deps.settings, deps.place(channel, thread=thread_ts)):
        return
    # names are looked up (once per hour per id, bot/slack/names.py) only for watched channels: the nudge and the
    # alert say "Ms. Rivera in #7th-grade-team"
    msg = watch.WatchedMessage(place=deps.named_place(client, channel, thread_ts),
                               author=deps.named_person(client, user), message_id=ts, text=body,
                               permalink=_permalink(client, channel, ts), edited=edited)
    outcome = watch.handle_message(deps.db, deps.settings, msg)
    for step in OUTCOME_STEPS:
        step(client, deps, channel, ts, user, outcome)


# Slack allows ten files in one message; more would be a forged event.
MAX_FILES_PER_MESSAGE = 10


def watch_shared_files(client, deps: SlackDeps, channel: str, ts: str, thread_ts: str | None, user: str,
                       shared: list) -> None:
    place = deps.place(channel, thread=thread_ts)
    if not watch.is_watched(deps.db, deps.settings, place):
        return
    permalink = _permalink(client, channel, ts)
    for entry in [f for f in shared if isinstance(f, dict) and f.get("id")][:MAX_FILES_PER_MESSAGE]:
        fetched = files.fetch(client, deps.settings, entry)
        outcome = watch_files.handle_file(deps.db, deps.settings, watch_files.WatchedFile(
            place=place, author=deps.person(user), message_id=ts, name=fetched.name, mimetype=fetched.mimetype,
            data=fetched.data, note=fetched.note, permalink=permalink))
        for step in OUTCOME_STEPS:
            step(client, deps, channel, ts, user, outcome)


def _permalink(client, channel: str, ts: str) -> str:
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink", "")
    except Exception as exc:  # the link is a convenience for reviewers; the finding matters more
        log.warning("chat.getPermalink failed: %s", type(exc).__name__)
        return ""


def _post_nudge(client, deps, channel, ts, user, outcome) -> None:
    if outcome.nudge is not None:
        client.chat_postEphemeral(channel=channel, user=slack_user(outcome.nudge.to) or user,
                                  text=blocks.escape(outcome.nudge.text), blocks=blocks.nudge_blocks(outcome.nudge))


def _post_alert(client, deps, channel, ts, user, outcome) -> None:
    if outcome.alert is not None and deps.settings.slack_it_channel:
        # the alert quotes the poster's words (masked): escaped, so "<!channel>" in them cannot ping IT
        said = blocks.escape(outcome.alert.text)
        client.chat_postMessage(channel=deps.settings.slack_it_channel, text=said, blocks=[blocks.section(said)],
                                unfurl_links=False)


def _delete(client, deps, channel, ts, user, outcome) -> None:
    # Bots cannot delete other people's messages: only an admin user token can, and only if one is configured.
    if outcome.delete and deps.admin_client is not None:
        deps.admin_client.chat_delete(channel=channel, ts=ts)


# What a watch outcome turns into, in order: the poster hears first, IT next, deletion last.
OUTCOME_STEPS: tuple[Callable, ...] = (_post_nudge, _post_alert, _delete)


def on_home_opened(event, client, context) -> None:
    deps: SlackDeps = context["aup"]
    if event.get("tab", "home") != "home":
        return
    (user,) = require(event, "user")
    client.views_publish(user_id=user, view=home_for(deps, deps.person(user)))


# Events this app subscribes to (app_manifest.yml settings.event_subscriptions.bot_events maps these). Bolt acks
# events by itself; all the work runs after.
EVENTS: dict[str, Listener] = {
    "app_mention": Listener(work=on_mention),
    "message": Listener(work=on_message),
    "app_home_opened": Listener(work=on_home_opened),
}


def register(app) -> None:
    for name, listener in EVENTS.items():
        attach(app.event(name), listener)
