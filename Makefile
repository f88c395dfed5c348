# Every target bootstraps what it needs from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
# ruff must be on PATH for the generator; the venv's tools come first.
export PATH := $(BIN):$(PATH)

.PHONY: install regenerate check-generated lint typecheck test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

install: $(STAMP)

## regenerate: rebuild generated/treek_client and the README's operation table from openapi/treek.yaml
regenerate: $(STAMP)
	$(BIN)/python overrides/regenerate.py
	$(BIN)/python overrides/readme_table.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

## test: lint, type checks and the whole test suite, offline
test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .hypothesis
