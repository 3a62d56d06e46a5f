"""Shared files in watched channels: files.info for the file's name, type, size and private URL, then the bytes
from `url_private_download` with the bot token (scope `files:read`), as Slack documents for hosted files.

The token is sent only to Slack's own file host (files.slack.com over HTTPS) or the configured Web API host
(a loopback stand-in in tests), and not along a redirect to anywhere else (requests drops the header when the
host changes). A file over the size cap is not downloaded; a download is cut off at the cap whatever the size
claimed. Slack answers a request it does not accept with its HTML sign-in page and status 200: that is a failed
download, never a file to scan.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import requests
from slack_sdk.errors import SlackApiError

from bot.texts import text
from handlers.watch_files import fetch_note

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger("aupbot.slack.files")

SLACK_FILE_HOST = "files.slack.com"
DOWNLOAD_TIMEOUT_SECONDS = 30
CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True)
class FetchedFile:
    name: str
    mimetype: str
    data: bytes | None
    note: str | None = None


def fetch(client, settings: Settings, shared: dict) -> FetchedFile:
    """The file an event's `files` entry points at, or why it was not fetched."""
    file_id = str(shared.get("id") or "")
    try:
        info = client.files_info(file=file_id).get("file") or {}
    except SlackApiError as exc:
        return _failed(shared, str(exc.response.get("error") or "files.info failed"))
    except (OSError, ValueError) as exc:
        return _failed(shared, type(exc).__name__)
    name = str(info.get("name") or info.get("title") or shared.get("name") or file_id)
    mimetype = str(info.get("mimetype") or "")
    size = info.get("size") if isinstance(info.get("size"), int) else None
    note = fetch_note(settings, name, mimetype, size)
    if note:
        return FetchedFile(name, mimetype, None, note)
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if info.get("is_external") or not url:
        return FetchedFile(name, mimetype, None, text("attachments.fetch_failed", reason="not a file hosted by Slack"))
    if not _trusted(url, settings.slack_api_url):
        return FetchedFile(name, mimetype, None, text("attachments.fetch_failed", reason="not Slack's file host"))
    try:
        data = _download(url, client.token, settings.attachment_max_bytes)
    except _Refused as exc:
        return FetchedFile(name, mimetype, None, exc.note)
    except requests.RequestException as exc:
        log.warning("downloading a shared file failed: %s", type(exc).__name__)
        return FetchedFile(name, mimetype, None, text("attachments.fetch_failed", reason=type(exc).__name__))
    return FetchedFile(name, mimetype, data)


class _Refused(Exception):
    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


def _download(url: str, token: str, max_bytes: int) -> bytes:
    with requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True,
                      timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
        if response.status_code != 200:
            raise _Refused(text("attachments.fetch_failed", reason=f"HTTP {response.status_code}"))
        if response.headers.get("Content-Type", "").startswith("text/html"):
            raise _Refused(text("attachments.fetch_failed", reason="Slack answered with its sign-in page"))
        data = bytearray()
        for chunk in response.iter_content(CHUNK_BYTES):
            data += chunk
            if len(data) > max_bytes:
                raise _Refused(text("attachments.too_large", size=f"more than {max_bytes:,}",
                                    limit=f"{max_bytes:,}"))
        return bytes(data)


def _trusted(url: str, api_url: str) -> bool:
    parts, api = urlsplit(url), urlsplit(api_url)
    if parts.hostname == SLACK_FILE_HOST:
        return parts.scheme == "https"
    return bool(parts.hostname) and parts.hostname == api.hostname and parts.scheme == api.scheme


def _failed(shared: dict, reason: str) -> FetchedFile:
    log.warning("files.info failed: %s", reason)
    return FetchedFile(str(shared.get("name") or shared.get("id") or ""), str(shared.get("mimetype") or ""), None,
                       text("attachments.fetch_failed", reason=reason[:80]))
