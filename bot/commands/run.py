"""`aupbot run` (what `make run` calls): serve the configured platforms, or open the local console.

A newcomer with no Slack or Google credentials still sees the bot answer, with one command.
"""
from __future__ import annotations

import argparse
import importlib


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="serve Slack/Google Chat if configured, else open the local console")
    p.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from bot.settings import Settings

    settings = Settings.from_env()
    if settings.slack_configured or settings.gchat_configured:
        return importlib.import_module("bot.commands.serve").serve_main(settings)
    return importlib.import_module("bot.commands.console").console_main(settings)
