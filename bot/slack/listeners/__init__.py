"""Every Slack listener, registered explicitly in one place (commands, events, actions, views, shortcuts).

Each module keeps a registry (COMMANDS, EVENTS, ACTIONS, VIEWS, SHORTCUTS) of id -> plain function and a
`register(app)` that hands them to Bolt; tests/test_slack_manifest.py checks app_manifest.yml against these
registries both ways.
"""
from __future__ import annotations

from bot.slack.listeners import actions, commands, events, shortcuts, views

MODULES = (commands, events, actions, views, shortcuts)


def register(app) -> None:
    for module in MODULES:
        module.register(app)
