# One command each: `make run` starts the bot, `make test` passes the tests, `make bench` prints figures.
# Each target creates .venv and installs the project first, so a fresh machine needs only Python 3.11 and make.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed

.PHONY: run test lint bench install bytecode clean

install: $(STAMP)

# setuptools prints a banner about editable installs on every build (a general caution, not about this
# project); PIPQUIET keeps it off the screen of a first `make run`. Real errors still stop the install.
PIPQUIET := PYTHONWARNINGS=ignore

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PIPQUIET) $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(MAKE) --no-print-directory bytecode
	@touch $@

# The project's own modules compiled to bytecode once, as pip does for an installed wheel but not for an editable
# install: where PYTHONDONTWRITEBYTECODE is set (containers, CI) every process otherwise compiles them from source,
# about a fifth of a cold `aupbot ask` and more of one that carries a value (the detectors). Python checks each
# .pyc against its source's size and time, so an edited module is compiled afresh, never read stale; files
# already current are skipped, so this is cheap to repeat.
bytecode:
	$(BIN)/python -m compileall -q bot handlers policy > /dev/null

$(BENCH_STAMP): $(STAMP)
	$(PIPQUIET) $(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,bench]'
	@touch $@

run: $(STAMP)
	$(BIN)/aupbot run

# lint and types first: they take seconds and name the line, where a test run takes minutes. The tests run
# on two workers (the machine's two cores), each taking whole files so a file's tests keep their order; most of
# a run is tests waiting on loopback servers and deadlines, which two workers overlap.
test: lint
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(BENCH_STAMP) bytecode
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var build *.egg-info
