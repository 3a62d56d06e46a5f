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


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_data_file_kept_parsed_reads_as_its_parse(path: Path, tmp_path: Path):
    # the kept form (policy/parsed_cache.py) is read back in place of a parse: the first load parses and keeps it,
    # the second reads what was kept, and both are what the loader parses
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    parsed = yaml_loader.safe_load(path.read_text(encoding="utf-8"))
    assert yaml_loader.load_file(copy) == parsed
    assert len(list((tmp_path / "__pycache__").glob("*" + yaml_loader.KEPT_SUFFIX))) == 1
    assert yaml_loader.load_file(copy) == parsed


def _kept(path: Path) -> list[Path]:
    return sorted((path.parent / "__pycache__").glob(path.name + ".*" + yaml_loader.KEPT_SUFFIX))


def test_an_edited_data_file_is_parsed_again_never_read_stale(tmp_path: Path):
    path = tmp_path / "greetings.yaml"
    path.write_text("hello: first wording\n", encoding="utf-8")
    assert yaml_loader.load_file(path) == {"hello": "first wording"}
    path.write_text("hello: second wording\n", encoding="utf-8")
    assert yaml_loader.load_file(path) == {"hello": "second wording"}
    assert len(_kept(path)) == 2        # each content names its own kept form


def test_a_kept_form_holding_other_content_is_never_taken_for_the_file(tmp_path: Path):
    # what is read is the form named by the file's bytes: a kept form under that name is the file's parse, and one
    # under another name (other content) is never read for it
    path = tmp_path / "rooms.yaml"
    path.write_text("rooms: [101, 102]\n", encoding="utf-8")
    yaml_loader.load_file(path)
    [kept] = _kept(path)
    kept.rename(kept.with_name(kept.name.replace(kept.name.split(".")[2], "0" * 32)))
    path.write_text("rooms: [201]\n", encoding="utf-8")
    assert yaml_loader.load_file(path) == {"rooms": [201]}


def test_an_empty_data_file_is_kept_as_nothing(tmp_path: Path):
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert yaml_loader.load_file(path) is None
    assert len(_kept(path)) == 1
    assert yaml_loader.load_file(path) is None


def test_a_data_file_that_does_not_parse_raises_and_keeps_nothing(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("key: [unclosed\n", encoding="utf-8")
    with pytest.raises(yaml.YAMLError):
        yaml_loader.load_file(path)
    assert _kept(path) == []
