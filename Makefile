# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB ?= demo.duckdb

.PHONY: demo test install eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/attache demo --db $(DEMO_DB) $(if $(wildcard $(SHARED)/corpus/demo),--corpus $(SHARED)/corpus/demo,)

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/attache eval extraction --data $(SHARED)/eval/extraction

bench: install
	$(BIN)/attache bench extract --data $(SHARED)/eval/extraction --repeat 3

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache $(DEMO_DB) $(DEMO_DB).wal
