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
