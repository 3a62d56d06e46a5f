"""`aupbot policy check [FILE]`: validate a policy file and its vocabulary; name the file, place and field of
any problem. `aupbot policy show [ITEM]` prints a section list or one unacceptable use with its exact wording."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("policy", help="check or show the policy file")
    psub = p.add_subparsers(dest="policy_command", metavar="ACTION")
    check = psub.add_parser("check", help="validate a policy file (default: AUPBOT_POLICY) and its vocabulary")
    check.add_argument("file", nargs="?", default=None)
    check.set_defaults(run=_check)
    show = psub.add_parser("show", help="print the policy's sections, or one unacceptable use by number")
    show.add_argument("item", nargs="?", type=int, default=None)
    show.add_argument("--file", default=None)
    show.set_defaults(run=_show)
    p.set_defaults(run=_check, file=None)


def _path(file: str | None) -> Path:
    if file:
        return Path(file)
    from bot.settings import Settings

    return Settings.from_env().policy_path


def _load(path: Path):
    from policy.document import load_policy
    from policy.overlay import vocabulary_for

    policy = load_policy(path)
    vocabulary = None
    if policy.vocabulary_path is not None:
        vocabulary = vocabulary_for(policy)
    return policy, vocabulary


def _check(args: argparse.Namespace) -> int:
    from policy.document import PolicyFileError

    path = _path(getattr(args, "file", None))
    try:
        policy, vocabulary = _load(path)
    except PolicyFileError as exc:
        print(f"aupbot: {exc}", file=sys.stderr)
        return 1
    lines = sum(len(s.lines) for s in policy.sections)
    print(f"{path}: ok: {len(policy.sections)} sections, {lines} lines, {len(policy.unacceptable_uses)} "
          f"unacceptable uses, {len(policy.rules)} rules, {len(policy.findings)} finding types")
    if vocabulary is not None:
        overlay = f" with the overlay {policy.vocabulary_overlay_path}" if policy.vocabulary_overlay_path else ""
        print(f"{vocabulary.path}{overlay}: ok: {len(vocabulary.items)} items with cues, "
              f"{len(vocabulary.channels)} channels, {len(vocabulary.typos)} typo fixes")
    else:
        print("no vocabulary file: questions cannot be answered with this policy", file=sys.stderr)
    _keep_parsed()
    return 0


def _keep_parsed() -> None:
    """Read the other data files a cold process reads (the messages, the detectors' tables and phrases), so that
    their kept parses (policy/yaml_loader.py, policy/parsed_cache.py) are written by whoever runs the check: the
    checkout's owner at install (docs/deploy.md), where a service user could not write them. A file that cannot be
    read is reported where it is used, as before, not here."""
    from bot.texts import ADAPTER_AREAS, MESSAGES_DIR, area_path, load_area
    from policy.detectors.registry import build_registry
    from policy.redaction import load_second_pass

    try:
        for area in [*sorted(p.stem for p in MESSAGES_DIR.glob("*.yaml")), *ADAPTER_AREAS]:
            load_area(area_path(area))
        build_registry()
        load_second_pass()
    except Exception:  # noqa: S110 - only a head start for later processes; the check itself has passed
        pass


def _show(args: argparse.Namespace) -> int:
    from policy.document import PolicyFileError

    try:
        policy, _ = _load(_path(args.file))
    except PolicyFileError as exc:
        print(f"aupbot: {exc}", file=sys.stderr)
        return 1
    if args.item is not None:
        use = policy.unacceptable_uses.get(args.item)
        if use is None:
            print(f"no item {args.item} (1-{len(policy.unacceptable_uses)})", file=sys.stderr)
            return 1
        print(f"{policy.section_heading('unacceptable_use')}, item {use.item}: {use.text}")
        return 0
    for s in policy.sections:
        print(s.heading)
        for ln in s.lines:
            print(f"  [{ln.status}] {ln.quote}")
            for c in ln.conditions:
                print(f"      - {c}")
    return 0
