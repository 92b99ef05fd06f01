# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB ?= demo.duckdb

.PHONY: demo test install browser services eval bench clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/attache demo --db $(DEMO_DB) --briefs briefs --workers 2 $(if $(wildcard $(SHARED)/corpus/demo),--corpus $(SHARED)/corpus/demo,)

# The dashboard tests drive Debian's Chromium (never a downloaded browser).
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || \
	  (apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends chromium >/dev/null); \
	else echo "note: /usr/bin/chromium is missing and cannot be installed here; the browser tests will say so and skip"; fi

# The PostgreSQL tests start a throwaway server from Debian's postgresql package (on 127.0.0.1);
# the Spark test needs a Java runtime (Debian's default-jre-headless) for PySpark in local mode.
services:
	@pkgs=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || pkgs="$$pkgs postgresql"; \
	command -v java >/dev/null 2>&1 || pkgs="$$pkgs default-jre-headless"; \
	if [ -z "$$pkgs" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  echo "installing Debian's$$pkgs for the PostgreSQL and Spark tests"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$pkgs >/dev/null 2>&1 || \
	  (apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$pkgs >/dev/null); \
	else echo "note:$$pkgs missing and cannot be installed here; the PostgreSQL/Spark tests will fail and say why"; fi

# lint (ruff), format check, types (mypy: strict on model.py and store/), then the tests
test: install browser services
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

# the README's pictures, from make demo's database (a real attache serve and Debian's Chromium)
screenshots: demo browser
	$(BIN)/python scripts/screenshots.py --db $(DEMO_DB)

eval: install
	$(BIN)/attache eval extraction --data $(SHARED)/eval/extraction

bench: install
	$(BIN)/attache bench extract --data $(SHARED)/eval/extraction --repeat 3

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB).wal briefs
