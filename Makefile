# The two commands of the README:
#   make run    set up a virtual environment and start the app (default workspace)
#   make test   set up a virtual environment and run the whole test suite headless
# and, for the speed budgets: make bench (bench/README.md)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint scenarios deps clean bench

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

deps:
	./installer/install-debian-deps.sh

run: deps $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

scenarios: $(STAMP)
	$(PY) main.py scenarios ../shared/scenarios/examples.json tests/scenarios/*.json

test: deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# benchmarks with their budgets (not part of `make test`); every one runs, then a miss fails
bench: $(STAMP)
	@status=0; for b in import open search organisations; do \
		echo "== bench_$$b"; $(PY) -m bench.bench_$$b || status=1; \
	done; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis bench/.cache
