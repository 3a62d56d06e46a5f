"""Every YAML data file is read by one loader (policy/yaml_loader.py): libyaml's C loader where PyYAML has it.
It must read each shipped file exactly as PyYAML's Python `safe_load` does, or the speed would change answers."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from policy import yaml_loader

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = sorted(p for pattern in ("policy/data/**/*.yaml", "handlers/messages/*.yaml", "bot/**/*.yaml",
                                      "config/*.yaml", "app_manifest.yml")
                    for p in ROOT.glob(pattern))


def test_the_data_files_are_found():
    assert len(DATA_FILES) >= 10


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_one_loader_reads_each_data_file_as_pythons_safe_load_does(path: Path):
    text = path.read_text(encoding="utf-8")
    assert yaml_loader.safe_load(text) == yaml.safe_load(text)


def test_the_one_loader_refuses_what_safe_load_refuses():
    with pytest.raises(yaml.YAMLError):
        yaml_loader.safe_load("!!python/object/apply:os.system ['true']")
