"""What the benchmarks that drive the bot over loopback share: loading a stand-in (or a test module) by its path,
and a free port to serve it on. tests/ is not a package, so a module there is loaded by path, where no installed
`tests` package can shadow it."""
from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, relative: str) -> ModuleType:
    """The module at ROOT/`relative`, registered as `name` (a stand-in's threads look their module up by name)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module at {relative}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    """A loopback port nobody listens on now (the stand-in or server binds it next)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
