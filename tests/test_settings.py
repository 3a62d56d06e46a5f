import pytest

from bot.settings import SETTINGS, Settings, SettingsError


def test_invalid_setting_is_named_without_its_value():
    with pytest.raises(SettingsError) as err:
        Settings.from_env({"AUPBOT_PORT": "eighty", "AUPBOT_SMTP_URL": "smtp://h:1"})
    assert "AUPBOT_PORT" in str(err.value)


def test_secrets_are_masked_in_config_check():
    s = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-very-secret", "AUPBOT_PORT": "8080"})
    shown = dict((name, value) for name, value, _ in s.masked())
    assert shown["SLACK_BOT_TOKEN"] == "(set, hidden)"
    assert shown["AUPBOT_PORT"] == "8080"
    assert "xoxb-very-secret" not in repr(s.masked())


def test_every_setting_is_documented_in_the_readme():
    from bot.settings import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.env for s in SETTINGS if s.env not in readme]
    assert not missing, f"README.md does not document {missing}"


# -- the settings object is typed ------------------------------------------------------------------------------

def test_every_setting_is_a_typed_field_of_settings_and_nothing_else_is():
    import dataclasses

    from bot.settings import SETTINGS, Settings

    fields = {f.name: f for f in dataclasses.fields(Settings)}
    assert list(fields) == [s.attr for s in SETTINGS]
    assert "__getattr__" not in vars(Settings)   # a misspelt setting is an AttributeError, not a lookup
    for s in SETTINGS:
        assert fields[s.attr].default == s.default, s.env


def test_an_unknown_setting_is_an_attribute_error():
    import pytest

    from bot.settings import Settings

    with pytest.raises(AttributeError):
        Settings().slack_bot_tokn  # noqa: B018


def test_every_settings_parameter_is_annotated():
    import ast

    from bot.settings import PROJECT_ROOT

    missing = []
    for package in ("bot", "handlers", "policy"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    args = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                    missing += [f"{path.relative_to(PROJECT_ROOT)}:{node.lineno} {node.name}()"
                                for a in args if a.arg == "settings" and a.annotation is None]
    assert not missing, "annotate `settings: Settings`:\n" + "\n".join(missing)
