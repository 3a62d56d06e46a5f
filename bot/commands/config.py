"""`aupbot config check`: the effective configuration, secrets masked, problems named."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="show the effective configuration (secrets masked)")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION")
    check = csub.add_parser("check", help="validate the environment and print the effective configuration")
    check.set_defaults(run=_check)
    p.set_defaults(run=_check)


def _check(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    settings = Settings.from_env()
    width = max(len(name) for name, _, _ in settings.masked())
    for name, value, _doc in settings.masked():
        print(f"{name:<{width}}  {value}")
    for warning in settings.warnings():
        print(f"warning: {warning}")
    if not settings.desk_route_configured():
        print("warning: no route to the ITS Service Desk (AUPBOT_SMTP_URL + AUPBOT_SERVICEDESK_EMAIL, or "
              "AUPBOT_SERVICEDESK_URL): reports are stored and reporters are told they were not sent")
    return 0
