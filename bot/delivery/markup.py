"""Neutralising reporter-written text before it is rendered by someone else's software.

Descriptions are shown by mail clients, the service desk's web UI (HTML) and chat clients (Slack mrkdwn,
Google Chat text). Escaping &, < and > defuses HTML tags and every Slack/Chat control sequence (<!channel>,
<@U123>, <http://x|label>); bare @channel/@here/@all get a zero-width joiner so they cannot ping a channel.
"""
from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BROADCAST = re.compile(r"@(channel|here|everyone|all)\b", re.IGNORECASE)


def neutralise(text: str) -> str:
    text = _CONTROL.sub("", text or "")
    text = html.escape(text, quote=False)
    return _BROADCAST.sub(lambda m: "@\u200d" + m.group(1), text)


def header_safe(text: str, limit: int = 200) -> str:
    """One line for an email Subject: no CR/LF (header injection), bounded length."""
    return re.sub(r"[\r\n\t]+", " ", _CONTROL.sub("", text or "")).strip()[:limit]
