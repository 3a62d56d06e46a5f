"""A Slack listener in two parts: what answers the request, and what runs after.

`ack` runs in the request thread (Bolt with process_before_response=True) and must finish well inside Slack's
3 seconds; its answer may carry a body (help text, modal field errors). `work` runs after the ack as a Bolt lazy
listener on the app's thread pool. Acks therefore never wait for a free worker, however slow the work.

Work that opens a modal is different: `views.open` must use the trigger_id within 3 seconds of the click, so it
must not queue behind other work either. It runs on its own small pool (`SlackDeps.modal_pool`), handed off by
the ack part itself.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.slack.guard import guarded


def ack_only(ack) -> None:
    ack()


@dataclass(frozen=True)
class Listener:
    work: Callable | None = None
    ack: Callable = ack_only
    opens_modal: bool = False   # work(body, client, context) starts with views.open on the payload's trigger_id


def open_modal_soon(context, work: Callable, **kwargs) -> None:
    """Run modal-opening work now, on the modal pool: never behind the lazy listeners' queue."""
    context["aup"].modal_pool.submit(guarded(work), context=context, **kwargs)


def _ack_then_open(work: Callable) -> Callable:
    def ack_then_open(ack, body, client, context) -> None:
        ack()
        open_modal_soon(context, work, body=body, client=client)

    ack_then_open.__name__ = f"ack_then_{work.__name__}"
    return ack_then_open


def attach(decorator: Callable, listener: Listener) -> None:
    """Register on Bolt: `decorator` is e.g. `app.command("/aup")`."""
    if listener.opens_modal:
        decorator(ack=_ack_then_open(listener.work), lazy=[])
    else:
        decorator(ack=listener.ack, lazy=[guarded(listener.work)] if listener.work else [])
