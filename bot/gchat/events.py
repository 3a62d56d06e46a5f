"""Chat interaction events, parsed into one small neutral shape before anything acts on them.

Two wire formats reach an HTTP endpoint: the classic Chat app event (top-level `type`, `message`, `user`,
`space`, `action`, `common`) and the Google Workspace add-on event object (`chat.*Payload`,
`commonEventObject`). Both become a `ChatEvent`; `addon` remembers which, because the reply is shaped
differently (see cards.Response). A body that is not an event raises BadEvent, which the endpoint turns into a
400 with the reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


class BadEvent(ValueError):
    """Not a usable Chat event; the message is safe to return to the caller."""


@dataclass(frozen=True)
class ChatEvent:
    kind: str                     # message | slash_command | added | removed | card_clicked | dialog_request
    #                               | dialog_submit | dialog_cancel | unknown
    raw_type: str
    user_name: str                # users/123
    user_display: str
    user_email: str
    space: str                    # spaces/AAA
    space_type: str               # DIRECT_MESSAGE | SPACE | GROUP_CHAT
    space_display: str = ""
    thread: str | None = None
    message_name: str | None = None
    text: str = ""                # what the person said, without the @mention or the command
    command_id: int | None = None
    function: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    addon: bool = False

    @property
    def is_dm(self) -> bool:
        return self.space_type == "DIRECT_MESSAGE"


def parse_event(body: Any) -> ChatEvent:
    if not isinstance(body, dict):
        raise BadEvent("the request body is not a JSON object")
    if isinstance(body.get("chat"), dict):
        return _parse_addon(body)
    return _parse_classic(body)


# -- the classic Chat app event -------------------------------------------------------------------------------


def _parse_classic(body: dict) -> ChatEvent:
    raw_type = body.get("type")
    if not isinstance(raw_type, str) or not raw_type:
        raise BadEvent("missing event type")
    user = _mapping(body.get("user"))
    space = _mapping(body.get("space"))
    message = _mapping(body.get("message"))
    if not space.get("name") and message:
        space = _mapping(message.get("space"))
    common = _mapping(body.get("common"))
    action = _mapping(body.get("action"))
    function = str(common.get("invokedFunction") or action.get("actionMethodName") or "")
    parameters = _parameters(common.get("parameters"), action.get("parameters"))
    dialog_type = str(body.get("dialogEventType") or "")
    slash = _mapping(message.get("slashCommand"))
    app_command = _mapping(body.get("appCommandMetadata"))  # APP_COMMAND events (slash and quick commands)
    kind = _kind(raw_type, bool(body.get("isDialogEvent")), dialog_type, bool(slash))
    if kind != "unknown":
        _require(user.get("name"), "user.name")
        _require(space.get("name"), "space.name")
    # APP_COMMAND (quick commands and newer slash commands) may come without a message: nothing was typed.
    if kind == "message" or (kind == "slash_command" and raw_type != "APP_COMMAND"):
        _require(message, "message")
    return ChatEvent(
        kind=kind, raw_type=raw_type, user_name=str(user.get("name", "")),
        user_display=str(user.get("displayName", "")), user_email=str(user.get("email", "")),
        space=str(space.get("name", "")), space_type=_space_type(space),
        space_display=str(space.get("displayName", "")),
        thread=_mapping(message.get("thread")).get("name"), message_name=message.get("name"),
        text=_said(message), command_id=_int(slash.get("commandId") or app_command.get("appCommandId")),
        function=function, parameters=parameters,
        form=_form(common.get("formInputs")),
    )


def _kind(raw_type: str, is_dialog: bool, dialog_type: str, slash: bool) -> str:
    if is_dialog or dialog_type:
        return {"REQUEST_DIALOG": "dialog_request", "SUBMIT_DIALOG": "dialog_submit",
                "CANCEL_DIALOG": "dialog_cancel"}.get(dialog_type, "dialog_submit")
    if raw_type == "MESSAGE":
        return "slash_command" if slash else "message"
    return {"ADDED_TO_SPACE": "added", "REMOVED_FROM_SPACE": "removed", "CARD_CLICKED": "card_clicked",
            "APP_COMMAND": "slash_command"}.get(raw_type, "unknown")


# -- the Workspace add-on event object ------------------------------------------------------------------------


_ADDON_PAYLOADS = (("messagePayload", "MESSAGE"), ("appCommandPayload", "APP_COMMAND"),
                   ("buttonClickedPayload", "CARD_CLICKED"), ("addedToSpacePayload", "ADDED_TO_SPACE"),
                   ("removedFromSpacePayload", "REMOVED_FROM_SPACE"))


def _parse_addon(body: dict) -> ChatEvent:
    chat = body["chat"]
    common = _mapping(body.get("commonEventObject"))
    payload_key, raw_type = next(((k, t) for k, t in _ADDON_PAYLOADS if isinstance(chat.get(k), dict)),
                                 ("", "UNKNOWN"))
    payload = _mapping(chat.get(payload_key))
    user = _mapping(chat.get("user"))
    space = _mapping(payload.get("space")) or _mapping(chat.get("space"))
    message = _mapping(payload.get("message"))
    command = _mapping(payload.get("appCommandMetadata"))
    is_dialog = bool(payload.get("isDialogEvent"))
    dialog_type = str(payload.get("dialogEventType") or "")
    kind = _kind("MESSAGE" if raw_type == "APP_COMMAND" else raw_type, is_dialog, dialog_type,
                 raw_type == "APP_COMMAND")
    if kind != "unknown":
        _require(user.get("name"), "chat.user.name")
        _require(space.get("name"), "space.name")
    return ChatEvent(
        kind=kind, raw_type=raw_type, user_name=str(user.get("name", "")),
        user_display=str(user.get("displayName", "")), user_email=str(user.get("email", "")),
        space=str(space.get("name", "")), space_type=_space_type(space),
        space_display=str(space.get("displayName", "")),
        thread=_mapping(message.get("thread")).get("name"), message_name=message.get("name"), text=_said(message),
        command_id=_int(command.get("appCommandId")), function=str(common.get("invokedFunction") or ""),
        parameters=_parameters(common.get("parameters"), None), form=_form(common.get("formInputs")), addon=True,
    )


# -- pieces ---------------------------------------------------------------------------------------------------


def _mapping(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _require(value: Any, what: str) -> None:
    if not value:
        raise BadEvent(f"missing {what}")


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _space_type(space: dict) -> str:
    if space.get("spaceType"):
        return str(space["spaceType"])
    if space.get("type") == "DM" or space.get("singleUserBotDm"):
        return "DIRECT_MESSAGE"
    return "SPACE"


def _said(message: dict) -> str:
    """argumentText is the text without the @mention or slash command; plain text is the fallback (DMs)."""
    said = message.get("argumentText")
    if not isinstance(said, str):
        said = message.get("text") if isinstance(message.get("text"), str) else ""
    return said.strip()


def _parameters(common: Any, legacy: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    if isinstance(legacy, list):
        for p in legacy:
            if isinstance(p, dict) and isinstance(p.get("key"), str):
                found[p["key"]] = str(p.get("value", ""))
    if isinstance(common, dict):
        found.update({str(k): str(v) for k, v in common.items()})
    return found


def _form(inputs: Any) -> dict[str, str]:
    """formInputs -> {field: text}. Date pickers arrive as milliseconds since the epoch; the report handler
    takes ISO 8601, so they are converted here."""
    values: dict[str, str] = {}
    if not isinstance(inputs, dict):
        return values
    for name, entry in inputs.items():
        if not isinstance(entry, dict):
            continue
        strings = _mapping(entry.get("stringInputs")).get("value")
        if isinstance(strings, list) and strings:
            values[str(name)] = ", ".join(str(s) for s in strings)
            continue
        for key in ("dateTimeInput", "dateInput"):
            ms = _mapping(entry.get(key)).get("msSinceEpoch")
            if ms not in (None, ""):
                try:
                    moment = datetime.fromtimestamp(int(ms) / 1000, tz=UTC)
                except (TypeError, ValueError, OverflowError, OSError):
                    values[str(name)] = str(ms)[:40]
                else:
                    values[str(name)] = moment.isoformat(timespec="minutes")
                break
    return values
