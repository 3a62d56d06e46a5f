"""The layers DESIGN.md draws, read from the code itself: every import statement of bot/, handlers/ and policy/
parsed with ast (imports inside functions included, since a late import is still a dependency).

- policy/ imports nothing of the project;
- handlers/ import policy/ and, of bot/, only storage (bot.store), the outbox (bot.outbox), the settings
  (bot.settings), the wording loader (bot.texts, a leaf) and the directory of contacts the settings name
  (bot.directory); never a platform;
- the adapters (bot.slack, bot.gchat) do not import each other: each renders the neutral reply its own way;
- nothing reads the environment but bot/settings.py.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

PACKAGES = ("bot", "handlers", "policy")
# what handlers/ may use of bot/: storage, the outbox, settings types, and two leaves below them
HANDLERS_MAY_IMPORT = ("bot.store", "bot.outbox", "bot.settings", "bot.texts", "bot.directory")
PLATFORMS = ("bot.slack", "bot.gchat")


def _modules(package: str) -> list[Path]:
    return sorted((PROJECT_ROOT / package).rglob("*.py"))


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = PROJECT_ROOT) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = _module_name(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from bot.store import questions` imports the submodule: count it as bot.store.questions
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _project(module: str) -> bool:
    return _within(module, PACKAGES)


def _offenders(package: str, allowed) -> list[str]:
    out = []
    for path in _modules(package):
        for line, module in imports_of(path):
            if _project(module) and not allowed(module):
                out.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: imports {module}")
    return out


def test_policy_imports_nothing_of_the_project_but_itself():
    offenders = _offenders("policy", lambda m: _within(m, ("policy",)))
    assert not offenders, "policy/ must stand alone:\n" + "\n".join(offenders)


def test_handlers_import_policy_and_of_bot_only_storage_outbox_and_settings():
    offenders = _offenders("handlers", lambda m: _within(m, ("handlers", "policy") + HANDLERS_MAY_IMPORT))
    assert not offenders, "handlers/ reach past their layer:\n" + "\n".join(offenders)


def test_what_handlers_may_use_of_bot_imports_no_handler_and_no_platform():
    """The layer below the handlers must not reach up into them (the cycles issue 13 broke: the outbox marking a
    report routed through handlers.report, routing wording its messages through handlers.texts)."""
    below = [p for prefix in HANDLERS_MAY_IMPORT for p in _modules(prefix.replace(".", "/"))
             if p.exists()] + [PROJECT_ROOT / f"{m.replace('.', '/')}.py" for m in HANDLERS_MAY_IMPORT
                               if (PROJECT_ROOT / f"{m.replace('.', '/')}.py").exists()]
    offenders = []
    for path in below:
        for line, module in imports_of(path):
            if _within(module, ("handlers",) + PLATFORMS):
                offenders.append(f"{path.relative_to(PROJECT_ROOT)}:{line}: imports {module}")
    assert not offenders, "a lower layer imports a higher one:\n" + "\n".join(offenders)


@pytest.mark.parametrize("platform, other", [("bot.slack", "bot.gchat"), ("bot.gchat", "bot.slack")])
def test_one_adapter_does_not_import_the_other(platform, other):
    offenders = [f"{p.relative_to(PROJECT_ROOT)}:{line}: imports {m}"
                 for p in _modules(platform.replace(".", "/")) for line, m in imports_of(p) if _within(m, (other,))]
    assert not offenders, "\n".join(offenders)


def _reads_environment(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "environb", "getenv", "putenv") \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os" \
                and any(a.name in ("environ", "environb", "getenv") for a in node.names):
            lines.append(node.lineno)
    return sorted(lines)


def test_nothing_but_bot_settings_reads_the_environment():
    offenders = [f"{path.relative_to(PROJECT_ROOT)}:{n}" for package in PACKAGES for path in _modules(package)
                 if path != PROJECT_ROOT / "bot" / "settings.py" for n in _reads_environment(path)]
    assert not offenders, "read the setting from bot.settings.Settings instead:\n" + "\n".join(offenders)


# -- the checks themselves can fail --------------------------------------------------------------------------

def test_the_import_reader_sees_late_and_relative_imports(tmp_path):
    pkg = tmp_path / "handlers"
    pkg.mkdir()
    source = pkg / "probe.py"
    source.write_text("from . import ask\n\ndef f():\n    from bot.slack import blocks\n    import os\n")
    found = [m for _, m in sorted(imports_of(source, tmp_path))]
    assert found == ["handlers.ask", "bot.slack.blocks", "os"]


def test_the_environment_reader_sees_each_way_of_reading_it(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\nfrom os import getenv\nA = os.environ.get('X')\nB = os.getenv('Y')\n")
    assert _reads_environment(probe) == [2, 3, 4]


def _scans_without_a_policy(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return sorted(node.lineno for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "scan"
                  and len(node.args) < 2 and not any(k.arg == "policy" for k in node.keywords))


def test_the_code_scans_under_the_loaded_policy_never_the_default_file():
    """scan(text) alone reads the bundled default policy (kept for the detector tables); the bot itself always
    says which policy, so another district's file decides severities and exclusions everywhere."""
    offenders = [f"{path.relative_to(PROJECT_ROOT)}:{n}" for package in PACKAGES for path in _modules(package)
                 for n in _scans_without_a_policy(path)]
    assert not offenders, "pass the loaded policy (policy.bundle) to scan():\n" + "\n".join(offenders)


def test_the_scan_reader_sees_a_scan_without_a_policy(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("scan(t)\nscanner.scan(t)\nscan(t, p)\nscan(t, policy=p)\n")
    assert _scans_without_a_policy(probe) == [1, 2]
