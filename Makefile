# timeline: `make report` renders the first case's report; `make test` runs the checks.
# Both set up .venv first when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CASE ?= data/cases/lasd-ice-2017
JS := tests/js

.PHONY: all setup report reports test lint typecheck unit js-deps lab notebook-filter bench clean

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

# The JavaScript clients the browser tests load (TimelineJS, PDF.js, axe-core), pinned in
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

# JupyterLab on notebooks/. Root may run it too (in a container, say): --allow-root then.
lab: $(STAMP) notebook-filter
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks

# Notebook outputs never reach git: nbstripout, installed as this clone's git filter for
# the notebooks .gitattributes names, strips outputs, run counts and widget state from
# what git stores (cell ids and the rest are kept), so using JupyterLab leaves
# `git status` and `make test` clean. Outside a git clone it does nothing.
NB_EXTRA_KEYS := metadata.language_info.codemirror_mode metadata.language_info.file_extension \
  metadata.language_info.mimetype metadata.language_info.nbconvert_exporter \
  metadata.language_info.pygments_lexer metadata.language_info.version
notebook-filter: $(STAMP)
	@if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  $(BIN)/nbstripout --install --attributes .gitattributes && \
	  git config filter.nbstripout.clean '"$(abspath $(BIN))/python" -m nbstripout --keep-id' && \
	  git config diff.ipynb.textconv '"$(abspath $(BIN))/python" -m nbstripout --keep-id -t' && \
	  git config filter.nbstripout.extrakeys '$(strip $(NB_EXTRA_KEYS))' && \
	  echo "notebook-filter: nbstripout strips notebook outputs from what git stores"; \
	fi

bench: $(STAMP)
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/find.py
	$(BIN)/python benchmarks/preview.py
	$(BIN)/python benchmarks/report.py
	$(BIN)/python benchmarks/scale.py

# The notebook filter runs .venv's Python, so it goes with it.
clean:
	@if [ -x $(BIN)/nbstripout ] && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then \
	  git config --unset filter.nbstripout.clean; git config --unset filter.nbstripout.smudge; \
	  git config --unset filter.nbstripout.required; git config --unset diff.ipynb.textconv; \
	  git config --unset filter.nbstripout.extrakeys; true; \
	fi
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
