"""`aupbot findings`: IT reviewers list the watcher's findings and answer "not sensitive" requests.

A poster's "Not sensitive" is only a request (handlers/watch.py `mark_not_sensitive`); it becomes an exception
for the value, everywhere, when a reviewer confirms it here or in chat. Only masked forms are ever printed.
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("findings", help="reviewers: recent findings and not-sensitive requests to confirm or reject")
    p.add_argument("--as", dest="actor", help="who is asking, platform-qualified (default cli:$USER); "
                                              "must be in AUPBOT_REVIEWERS")
    # --as is accepted after the action too (`aupbot findings confirm 3 --as cli:rev`)
    after = argparse.ArgumentParser(add_help=False)
    after.add_argument("--as", dest="actor", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    fsub = p.add_subparsers(dest="findings_command", metavar="ACTION")
    lst = fsub.add_parser("list", parents=[after], help="recent findings, newest first (the default)")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true")
    exc = fsub.add_parser("exceptions", parents=[after], help="not-sensitive requests waiting for review")
    exc.add_argument("--all", action="store_true", help="every request and exception, decided ones too")
    exc.add_argument("--json", action="store_true")
    for name, verb in (("confirm", "accept"), ("reject", "reject")):
        d = fsub.add_parser(name, parents=[after], help=f"{verb} a not-sensitive request")
        d.add_argument("exception_id", type=int, help="the request's id (see `aupbot findings exceptions`)")
        d.add_argument("--note", default="", help="why (kept with the review)")
    p.set_defaults(run=_run, findings_command="list", limit=50, json=False, all=False)


def _fail(message: str, code: int = 1) -> int:
    print(f"aupbot: {message}", file=sys.stderr)
    return code


def _when(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _run(args: argparse.Namespace) -> int:
    from bot.settings import Settings
    from bot.store.db import Database
    from handlers.types import person_from_settings

    settings = Settings.from_env()   # bot.cli turns SettingsError/StoreError into one clear line
    db = Database(settings.db_path)
    pid = args.actor or f"cli:{getpass.getuser()}"
    person = person_from_settings(pid if ":" in pid else f"cli:{pid}", settings)
    if not person.is_reviewer:
        return _fail(f"{person.id} is not an IT reviewer (AUPBOT_REVIEWERS); use --as")
    return ACTIONS[args.findings_command](args, settings, db, person)


def _list(args, settings: Settings, db, person) -> int:
    from bot.store import findings as store
    from handlers.report import one_line

    rows = [{"id": r["id"], "at": r["at"], "platform": r["platform"], "channel": r["channel"],
             "poster": r["poster_id"], "type": r["type"], "severity": r["severity"], "masked": r["redacted"],
             "status": r["status"], "location": r.get("location")}
            for r in store.recent_findings(db, limit=max(1, args.limit))]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no findings")
    for r in rows:
        print(f"{r['id']}  {_when(r['at'])}  {r['severity']:<8}  {r['type']:<16}  {r['status']:<20}  "
              f"{r['platform']}:{one_line(r['channel'])}  {one_line(r['poster'])}  {one_line(r['masked'])}"
              + (f"  in {one_line(r['location'])}" if r["location"] else ""))
    return 0


def _exceptions(args, settings: Settings, db, person) -> int:
    from bot.store import findings as store
    from handlers.report import one_line

    rows = [{"id": r["id"], "at": r["at"], "finding": r["finding_id"], "type": r["type"], "status": r["status"],
             "requested_by": r["requested_by"], "reason": r["reason"], "reviewed_by": r["reviewed_by"] or None,
             "reviewed_at": r["reviewed_at"], "note": r["review_note"]}
            for r in store.exceptions(db, limit=1000, status=None if args.all else "requested")]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no requests waiting for review" if not args.all else "no exceptions")
    for r in rows:
        decided = f"  by {one_line(r['reviewed_by'])}" if r["reviewed_by"] else ""
        # the reason and the requester are staff text: escapes and bidi overrides stripped, one line each
        print(f"{r['id']:>5}  {_when(r['at'])}  {r['status']:<9}{decided}  {r['finding']}  {r['type']:<16}  "
              f"asked by {one_line(r['requested_by'] or '-')}: {one_line(r['reason'])}")
    return 0


def _decide(args, settings: Settings, db, person) -> int:
    from bot.store import findings as store
    from handlers.watch import review_exception

    accept = args.findings_command == "confirm"
    print(review_exception(db, settings, args.exception_id, person, accept, args.note))
    row = store.get_exception(db, args.exception_id)
    done = row is not None and row["status"] == ("accepted" if accept else "rejected") \
        and row["reviewed_by"] == person.id
    return 0 if done else 1


ACTIONS = {"list": _list, "exceptions": _exceptions, "confirm": _decide, "reject": _decide}
