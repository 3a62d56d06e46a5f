"""`guarded(work)`: what happens when the work after an ack fails.

A failing ack part is answered by Bolt's error handler (bot/slack/app.py `on_error`: a 400 or a clear private
answer). After the ack that is too late, so a failing work part is caught here: logged without the message text,
and the user told in a private message where the request came with a response_url.
"""
from __future__ import annotations

import functools
import logging
import traceback
from typing import Callable

from bot.logsafe import loggable
from bot.slack.deps import BadPayload
from handlers.texts import text

log = logging.getLogger("aupbot.slack")


def guarded(listener: Callable) -> Callable:
    @functools.wraps(listener)   # Bolt reads the argument names through __wrapped__
    def run(**kwargs):
        try:
            return listener(**kwargs)
        except Exception as exc:
            if isinstance(exc, BadPayload):
                log.warning("slack %s: rejected after ack: %s", listener.__name__, loggable(exc))
                said = text("slack.bad_request")
            else:
                log.error("slack %s failed after ack: %s\n%s", listener.__name__, type(exc).__name__,
                          "".join(traceback.format_tb(exc.__traceback__)))
                said = text("common.internal_error")
            respond = kwargs.get("respond")
            if respond is not None:
                try:
                    respond(response_type="ephemeral", replace_original=False, text=said)
                except Exception as again:   # no response_url, or Slack unreachable: the log has it
                    log.warning("slack %s: could not tell the user: %s", listener.__name__, type(again).__name__)
            return None

    return run
