# timeline: `make report` renders the first case's report; `make test` runs the checks.
# Both set up .venv first when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CASE ?= data/cases/lasd-ice-2017
JS := tests/js

.PHONY: all setup report reports test lint typecheck unit js-deps lab bench clean

all: test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

report: $(STAMP)
	$(BIN)/timeline report $(CASE) --out reports

reports: $(STAMP)
	$(BIN)/timeline report --all --out reports

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) js-deps
	$(BIN)/python -m pytest

# The JavaScript clients the browser tests load (TimelineJS, PDF.js), pinned in
# $(JS)/package-lock.json. Installed only when npm exists and node_modules is missing or
# was installed from another lock file (a copy of the lock is kept in node_modules);
# without npm those browser tests skip and say why (under CI=true they fail).
js-deps:
	@if ! command -v npm >/dev/null 2>&1; then \
	  echo "js-deps: npm not found, so TimelineJS and PDF.js are not installed in" \
	    "$(JS)/node_modules; their browser tests will skip (install Node.js and npm)"; \
	elif ! cmp -s $(JS)/package-lock.json $(JS)/node_modules/.installed-lock.json; then \
	  npm ci --prefix $(JS) --no-audit --no-fund && \
	  cp $(JS)/package-lock.json $(JS)/node_modules/.installed-lock.json; \
	fi

test: lint typecheck unit

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

bench: $(STAMP)
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/find.py
	$(BIN)/python benchmarks/report.py
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
