"""`aupbot`: the command line. Each command lives in its own module under bot/commands/ and registers itself.

Command modules import their heavy dependencies (Bolt, the Google client) inside the function that runs the
command, so `aupbot ask` starts in well under a second.
"""
from __future__ import annotations

import argparse
import importlib
import sys

# Explicit registration, one line per command module (see STYLE.md: the Bolt starter template).
COMMAND_MODULES: tuple[str, ...] = (
    "bot.commands.run",
    "bot.commands.ask",
    "bot.commands.console",
    "bot.commands.policy",
    "bot.commands.scan",
    "bot.commands.report",
    "bot.commands.serve",
    "bot.commands.config",
    "bot.commands.register",
    "bot.commands.findings",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aupbot", description="Acceptable Use Policy bot for school staff.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def undecodable_argument(argv: list[str]) -> int | None:
    """The position (1-based) of the first argument that is not valid UTF-8, or None.

    Python hands undecodable argv bytes over as lone surrogates ("x \\xff" arrives as "x \\udcff"); they pass
    parsing and fail later, wherever the text is first encoded (a print, the database, a mail), as a traceback.
    They are refused here, once, before any command runs."""
    for position, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return position
    return None


def _one_line_errors() -> tuple[type[Exception], ...]:
    """The errors a command reports as one line: a bad setting, an unusable database. The storage error is looked
    up only where the storage module was loaded (no command raises it without opening a database): importing it
    brings sqlite_utils, and numpy with it where installed, into every cold `aupbot ask`, which opens none."""
    from bot.settings import SettingsError

    store = sys.modules.get("bot.store.db")
    return (SettingsError, store.StoreError) if store is not None else (SettingsError,)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    bad = undecodable_argument(argv)
    if bad is not None:
        print(f"aupbot: argument {bad} is not valid UTF-8 text; check the terminal's encoding or the file it "
              "came from, and run the command again", file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not isinstance(exc, _one_line_errors()):
            raise
        print(f"aupbot: {exc}", file=sys.stderr)   # a bad setting or an unusable database: one clear line
        return 2


if __name__ == "__main__":
    sys.exit(main())
