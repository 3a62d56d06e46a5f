"""Start-up checks of the delivery configuration: each problem is one sentence naming what is wrong.

Problems here never stop intake: reports are still stored and their deliveries wait in the outbox. They are
printed at start-up (and by `aupbot outbox check`) so an operator learns of them before the first report.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.delivery import smtp
from bot.directory import DirectoryError, load_directory

if TYPE_CHECKING:
    from bot.settings import Settings


def problems(settings: Settings, *, connect: bool = True) -> list[str]:
    found: list[str] = []
    try:
        load_directory(settings.directory_path)
    except DirectoryError as exc:
        found.append(f"directory (AUPBOT_DIRECTORY): {exc}")
    if settings.servicedesk_email and not settings.smtp_url:
        found.append("AUPBOT_SERVICEDESK_EMAIL is set but AUPBOT_SMTP_URL is not: no mail can be sent")
    if settings.smtp_url:
        try:
            smtp.parse_url(settings.smtp_url)
        except smtp.SmtpConfigError as exc:
            found.append(str(exc))
        else:
            problem = smtp.check(settings) if connect else None
            if problem:
                found.append(problem)
    if settings.servicedesk_url and not settings.servicedesk_url.startswith(("http://", "https://")):
        found.append("AUPBOT_SERVICEDESK_URL must start with http:// or https://")
    if settings.servicedesk_user and settings.servicedesk_token:
        found.append("AUPBOT_SERVICEDESK_USER and AUPBOT_SERVICEDESK_TOKEN are both set: the token (bearer) is used")
    if not settings.desk_route_configured():
        found.append("no service-desk route configured (AUPBOT_SMTP_URL + AUPBOT_SERVICEDESK_EMAIL, or "
                     "AUPBOT_SERVICEDESK_URL): reports are stored but not sent to the ITS Service Desk")
    return found
