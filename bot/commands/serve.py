"""`aupbot serve`: not built yet (its issue owns this module)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    pass
