"""`guarded(work)`: what happens when the work after an ack fails.

A failing ack part is answered by Bolt's error handler (bot/slack/app.py `on_error`: a 400 or a clear private
answer). After the ack that is too late, so a failing work part is caught here: logged without the message text,
and the user told in a private message where the request came with a response_url.

The work of an event (its listener takes `context`, where bot/slack/app.py put the event id) ends by telling the
intake it ran (bot/slack/intake.py `done`): the recorded event is finished, or left pending when the failure may
pass (the database, the network) so that it is resumed.
"""
from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable

from bot.logsafe import loggable
from bot.slack.deps import BadPayload
from bot.texts import district_values, text

log = logging.getLogger("aupbot.slack")


def guarded(listener: Callable) -> Callable:
    @functools.wraps(listener)   # Bolt reads the argument names through __wrapped__
    def run(**kwargs):
        context = kwargs.get("context") or {}
        event_id = context.get("aup_event")
        failure: BaseException | None = None
        try:
            return listener(**kwargs)
        except Exception as exc:
            failure = exc
            _report(listener, exc, kwargs)
            return None
        finally:
            if event_id and context.get("aup") is not None and context["aup"].intake is not None:
                context["aup"].intake.done(event_id, failure)

    return run


def _report(listener: Callable, exc: Exception, kwargs: dict) -> None:
    """Log the failure (frames, never the message) and tell the user where the request gave us a way to."""
    if isinstance(exc, BadPayload):
        log.warning("slack %s: rejected after ack: %s", listener.__name__, loggable(exc))
        said = text("slack.bad_request")
    else:
        log.error("slack %s failed after ack: %s\n%s", listener.__name__, type(exc).__name__,
                  "".join(traceback.format_tb(exc.__traceback__)))
        deps = (kwargs.get("context") or {}).get("aup")
        said = text("common.internal_error", **district_values(getattr(getattr(deps, "bundle", None), "district",
                                                                       None)))
    respond = kwargs.get("respond")
    if respond is not None:
        try:
            respond(response_type="ephemeral", replace_original=False, text=said)
        except Exception as again:   # no response_url, or Slack unreachable: the log has it
            log.warning("slack %s: could not tell the user: %s", listener.__name__, type(again).__name__)
