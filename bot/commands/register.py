"""`aupbot register`: the approvals register from the command line (the same handler as `/aup register`).

    aupbot register add social subject="@LaneSoccer on Instagram" approver="Dr. Ruiz" date=2026-09-01 \\
        form=F-2026-114 owner=slack:U123
    aupbot register list [--all] [--json]
    aupbot register revoke 12 [--reason "account closed"]
    aupbot register kinds
    aupbot register remind          # queue due reminders now (the scheduler does this every hour)

Whoever runs the CLI holds the database file, so the CLI acts as an administrator ("cli:<login>") and may
register for others with owner=...
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys

SURFACE = "cli"   # the register's replies name the CLI's own syntax (handlers.approvals.syntax)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("register", help="the approvals register: add, list, revoke, remind")
    rsub = p.add_subparsers(dest="register_command", metavar="ACTION")
    add = rsub.add_parser("add", help="register a written approval: KIND name=value ...")
    add.add_argument("kind", help="social_media_account, texting_exception or bulk_text_system (or an alias)")
    add.add_argument("fields", nargs="*", metavar="NAME=VALUE",
                     help="subject, approver, date, the kind's evidence (form, ...), owner, approver_contact")
    add.set_defaults(run=_add)
    ls = rsub.add_parser("list", help="list approvals (yours, or --all)")
    ls.add_argument("--all", action="store_true", help="every registered approval")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    ls.set_defaults(run=_list)
    rv = rsub.add_parser("revoke", help="revoke an approval by number")
    rv.add_argument("id", type=int)
    rv.add_argument("--reason", default="")
    rv.set_defaults(run=_revoke)
    kinds = rsub.add_parser("kinds", help="the kinds of approval and their fields")
    kinds.set_defaults(run=_kinds)
    remind = rsub.add_parser("remind", help="queue due reminders and expiry notices now")
    remind.set_defaults(run=_remind)
    p.set_defaults(run=_kinds)


def _open():
    from bot.settings import Settings
    from bot.store import Database

    settings = Settings.from_env()   # bot.cli turns SettingsError/StoreError into one clear line
    return settings, Database(settings.db_path)


def _operator():
    from handlers.types import Person

    return Person(id=f"{SURFACE}:{getpass.getuser()}", name=getpass.getuser(), roles=frozenset({"admin"}))


def _add(args: argparse.Namespace) -> int:
    from handlers.approvals import register as register_approval

    fields = {"kind": args.kind}
    for word in args.fields:
        name, sep, value = word.partition("=")
        if not sep:
            print(f"aupbot: expected NAME=VALUE, got {word[:40]!r}", file=sys.stderr)
            return 2
        fields[name] = value
    settings, db = _open()
    try:
        reply = register_approval(db, settings, _operator(), fields)
    finally:
        db.close()
    print(reply.text, file=sys.stdout if reply.ok else sys.stderr)
    return 0 if reply.ok else 1


def _list(args: argparse.Namespace) -> int:
    from handlers.approvals import approvals_of, describe, listing_text
    from handlers.report import one_line

    settings, db = _open()
    try:
        found = approvals_of(db, _operator(), everyone=args.all)
    finally:
        db.close()
    if args.json:
        for approval in found:
            print(json.dumps(approval.to_json()))
    elif not found:
        print(listing_text(found, everyone=args.all, surface=SURFACE))
    else:
        # subjects, names and approvers are staff text: terminal escapes and bidi overrides are stripped and
        # each approval stays one line (handlers.report.one_line, as reports are shown)
        print(listing_text(found, everyone=args.all, surface=SURFACE).split("\n", 1)[0])
        for approval in found:
            print(one_line(describe(approval)))
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from handlers.approvals import revoke_reply

    settings, db = _open()
    try:
        reply = revoke_reply(db, settings, _operator(), args.id, args.reason)
    finally:
        db.close()
    print(reply.text, file=sys.stdout if reply.ok else sys.stderr)
    return 0 if reply.ok else 1


def _kinds(args: argparse.Namespace) -> int:
    from handlers.approvals import help_text

    print(help_text(SURFACE))
    return 0


def _remind(args: argparse.Namespace) -> int:
    from bot.jobs import reminders

    settings, db = _open()
    try:
        print(reminders.run(settings, db))
    finally:
        db.close()
    return 0
