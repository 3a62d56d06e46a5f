"""Packaging metadata in the form current setuptools expects, so a first `make run` shows no deprecation screens."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_licence_is_an_spdx_string_with_its_file_shipped():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert isinstance(project["license"], str) and project["license"] == "MIT"
    assert all((ROOT / name).is_file() for name in project["license-files"])


def test_the_build_backend_is_new_enough_to_read_that_form():
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    setuptools = next(r for r in requires if r.startswith("setuptools"))
    assert int(setuptools.split(">=")[1].split(".")[0]) >= 77
