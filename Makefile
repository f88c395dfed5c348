# Every target bootstraps what it needs from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
# ruff must be on PATH for the generator; the venv's tools come first.
export PATH := $(BIN):$(PATH)

.PHONY: install regenerate lint typecheck test sandbox demo bench record record-live clean

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

## test: lint, type checks and the whole test suite, offline (cassettes replayed, network blocked
## but for the loopback sandbox)
test: lint typecheck
	$(BIN)/pytest --record-mode=none --block-network --allowed-hosts=127.0.0.1,localhost

## sandbox: a spec-driven Treek on http://127.0.0.1:8000 (Ctrl-C stops it)
sandbox: $(STAMP)
	$(BIN)/python -m tests.sandbox --port $(or $(PORT),8000)

## demo: ship a parcel end to end on a fresh sandbox (or on your account when TREEK_EMAIL and
## TREEK_PASSWORD are set); the sandbox stops afterwards, even on failure
demo: $(STAMP)
	@if [ -n "$$TREEK_EMAIL" ] && [ -n "$$TREEK_PASSWORD" ]; then \
		$(BIN)/python examples/ship_an_order.py; \
	else \
		$(BIN)/python -m tests.sandbox -- $(BIN)/python examples/ship_an_order.py; \
	fi

## bench: what the SDK costs next to raw httpx (not part of `make test`)
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

## record: re-record every cassette against a freshly started sandbox
record: $(STAMP)
	$(BIN)/pytest tests/replay --record-mode=rewrite

## record-live: re-record against the real API (needs TREEK_EMAIL, TREEK_PASSWORD; creates,
## ships and cancels real orders on your account; never run in CI)
record-live: $(STAMP)
	TREEK_LIVE=1 $(BIN)/pytest tests/replay --record-mode=rewrite

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .hypothesis
