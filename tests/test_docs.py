"""The README is part of the product: every command and every docs page it names must exist, and every
command the CLI registers must be in it."""
from __future__ import annotations

import re

from bot.cli import build_parser
from bot.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_cli_command_is_in_the_readme():
    missing = [c for c in _commands() if f"`aupbot {c}" not in README]
    assert not missing, f"README.md does not document: {missing}"


def test_the_readme_shows_both_commands_first():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block


def test_every_linked_file_exists():
    links = re.findall(r"\]\(([^)#]+)\)", README)
    assert links
    missing = [link for link in links if not (PROJECT_ROOT / link).exists()]
    assert not missing, f"README.md links to missing files: {missing}"


def test_every_default_a_docs_page_states_is_the_settings_default():
    """A page that says `AUPBOT_X` (default N) must say what the code does, or an operator plans on a wrong
    number (the outbox's attempts were once documented as 8 after the default became 12)."""
    from pathlib import Path

    from bot.settings import SETTINGS

    def shown(default) -> str:  # paths are documented relative to the project
        return str(default.relative_to(PROJECT_ROOT)) if isinstance(default, Path) else str(default)

    defaults = {s.env: shown(s.default) for s in SETTINGS}
    stated = []
    for page in [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for name, value in re.findall(r"`(AUPBOT_[A-Z_]+)` \(default `?([^)`]+)`?\)", text):
            stated.append((page.name, name, value))
        for name, value in re.findall(r"\| `(AUPBOT_[A-Z_]+)` \| `([^`|]*)` \|", text):
            stated.append((page.name, name, value))
    assert stated
    stated = [(page, name, value.split(",")[0].split(";")[0].strip()) for page, name, value in stated]
    wrong = [(page, name, value) for page, name, value in stated if name in defaults and defaults[name] != value]
    assert not wrong, f"documented defaults that differ from bot/settings.py: {wrong}"
