"""Neutralising staff-written text before it is rendered by someone else's software: the one owner per platform.

Staff type subjects, questions, descriptions, reasons and display names; the bot repeats them to IT channels,
DMs, mail and the service desk. None of it may become a mention, a broadcast or a disguised link there.

- `neutralise` (Slack mrkdwn, and HTML for mail clients and the service desk's web UI): escaping &, < and >
  defuses HTML tags and every Slack control sequence (`<!channel>`, `<!here>`, `<@U123>`, `<#C123>`,
  `<http://x|label>`); bare @channel/@here/@all get a zero-width joiner so they cannot ping a channel.
  This is also the form text is stored in the outbox (bot/store/outbox.py), whatever the transport.
- `chat_text` (Google Chat message text, which shows HTML entities literally, so they cannot be used): a `<`
  that opens what Chat reads as markup (`<users/...>` mentions, `<users/all>` included; `<scheme:...>` and
  `<url|label>` links) gets a zero-width space after it, which breaks the sequence and leaves the text
  readable; `<question>` in the bot's own help is not markup and stays as it is. A bare URL stays a visible
  URL, which is what a reader should see.
- `from_outbox_to_chat` turns the stored (neutralised) outbox form into Chat text.

Card widgets (Chat cards' HTML subset, Block Kit plain_text) have their own escaping in their builders.
"""
from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BROADCAST = re.compile(r"@(channel|here|everyone|all)\b", re.IGNORECASE)
_ZWSP = "\u200b"
# what Chat turns into a mention or a link after a "<": users/..., a URL scheme, or anything up to a "|" label
_CHAT_OPENER = re.compile(r"<(?=users/|[A-Za-z][A-Za-z0-9+.-]{0,30}:|[^<>]*\|)", re.IGNORECASE)


def neutralise(text: str) -> str:
    """Staff text as Slack mrkdwn (and HTML) that shows what was typed and does nothing else."""
    text = _CONTROL.sub("", text or "")
    text = html.escape(text, quote=False)
    return _BROADCAST.sub(lambda m: "@\u200d" + m.group(1), text)


def chat_text(text: str) -> str:
    """Staff text as Google Chat message text that shows what was typed and does nothing else."""
    text = _CONTROL.sub("", text or "")
    text = text.replace("<" + _ZWSP, "<")      # idempotent: neutralising twice gives the same text
    return _BROADCAST.sub(lambda m: "@\u200d" + m.group(1), _CHAT_OPENER.sub("<" + _ZWSP, text))


def from_outbox_to_chat(text: str) -> str:
    """Outbox text (stored neutralised for Slack and mail) as Chat text: Chat shows entities literally, so they
    are decoded, and the decoded text is neutralised for Chat."""
    return chat_text(html.unescape(text or ""))


def header_safe(text: str, limit: int = 200) -> str:
    """One line for an email Subject: no CR/LF (header injection), bounded length."""
    return re.sub(r"[\r\n\t]+", " ", _CONTROL.sub("", text or "")).strip()[:limit]
