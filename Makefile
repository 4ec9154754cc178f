# The two commands of the README:
#   make run    set up a virtual environment and start the app (default workspace)
#   make test   set up a virtual environment and run the whole test suite headless
# and, for the speed budgets: make bench (bench/README.md); make screenshots redraws the
# README's pictures; after changing GUI strings: make translations (tools/translations.py);
# make mutate runs mutation testing over the core packages (tools/mutate.py, minutes);
# make installer-windows / installer-linux build the installers into dist/ and
# make installer-test installs and runs both (installer/README.md; not part of make test)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
# .venv's interpreter: the system's own Python 3.11 where it can make a virtual environment
# (Debian's and Ubuntu's are built with profile-guided and link-time optimisation: the test
# suite took 7-13 % less time on it than on a default pyenv build of 3.11 on this machine,
# bench/README.md), else PYTHON; VENV_PYTHON=... picks another. The installers use PYTHON.
SYSTEM_PYTHON := /usr/bin/python3.11
VENV_PYTHON ?= $(shell $(SYSTEM_PYTHON) -c "import ensurepip, venv" 2>/dev/null \
	&& echo $(SYSTEM_PYTHON) || echo $(PYTHON))
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell (cat pyproject.toml; echo $(VENV_PYTHON)) | cksum | cut -d' ' -f1)

.PHONY: run test lint scenarios deps clean bench screenshots translations mutate \
	installer-windows installer-linux installer-test document-pictures

# a .venv made from another interpreter than VENV_PYTHON is made again
$(STAMP): pyproject.toml
	@test "$$($(PY) -c 'import sys; print(sys._base_executable)' 2>/dev/null)" = \
		"$$($(VENV_PYTHON) -c 'import sys; print(sys.executable)')" || \
		$(VENV_PYTHON) -m venv --clear $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

deps:
	./installer/install-debian-deps.sh

run: deps $(STAMP)
	$(PY) main.py

# ruff, then the layers of docs/ARCHITECTURE.md ([tool.importlinter] in pyproject.toml)
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

scenarios: $(STAMP)
	$(PY) main.py scenarios ../shared/scenarios/examples.json tests/scenarios/*.json

# on every core (pytest-xdist): each process has its own scratch settings, hypothesis folder
# and temporary files (tests/conftest.py)
test: deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n auto

# GUI strings into resources/i18n/*.ts (translations kept), then the .qm files the app loads
translations: $(STAMP)
	$(PY) tools/translations.py update
	$(PY) tools/translations.py build
	@$(PY) tools/translations.py todo >/dev/null || echo "some messages still need a translation: $(PY) tools/translations.py todo"

# benchmarks with their budgets (not part of `make test`); every one runs, then a miss fails
bench: deps $(STAMP)
	@./installer/install-debian-deps.sh bench/debian-packages.txt
	@status=0; for b in import open search organisations pdf decisions start cli paging; do \
		echo "== bench_$$b"; $(PY) -m bench.bench_$$b || status=1; \
	done; exit $$status

# the README's pictures: the demo data in English, in 256 colours when ImageMagick is there
# (the same look at half the size); -strip leaves out the time, so a redraw changes nothing
DOC_SCREENS := 00-welcome 01-register 02-rules 03-editor-general 05-organisations procedure-3-result \
	advance-3-result \
	bid-2-result ranking-1-result bond-2-result \
	07-my-offers 08-my-company 09-offer-meaning 10-quick-checks 11-new-offer \
	workshop-1-exercises workshop-2-wrong-answer workshop-3-presentation
screenshots: deps $(STAMP)
	@shots=$$(mktemp -d) && trap 'rm -rf "$$shots"' EXIT && \
	$(PY) main.py screenshots --out "$$shots" --lang en && mkdir -p docs/screenshots && \
	for s in $(DOC_SCREENS); do \
		if command -v convert >/dev/null; then \
			convert "$$shots/$$s.png" -strip -colors 256 "PNG8:docs/screenshots/$$s.png"; \
		else cp "$$shots/$$s.png" docs/screenshots/; fi; \
	done

# the README's pictures of the documents (page 1 of each kind, from the demo data)
document-pictures: deps $(STAMP)
	$(PY) tools/document_pictures.py

# mutation testing with mutmut, one core package at a time (results kept in .mutate/, so a
# second run tests only what changed); not part of `make test`. PACKAGES=decisions rules
# limits it, BUDGET=seconds per package stops a package early (the next run goes on).
# SAMPLE=300 tests a fixed random sample of each package's mutants and prints its score.
PACKAGES ?=
BUDGET   ?= 1800
SAMPLE   ?=
mutate: $(STAMP)
	@$(PY) -c "import mutmut" 2>/dev/null || $(PY) -m pip install --quiet -e ".[test,mutate]"
	$(PY) tools/mutate.py --budget $(BUDGET) $(if $(SAMPLE),--sample $(SAMPLE)) $(PACKAGES)

# installers, from the registries only (PyPI, Debian); downloads are kept in build/cache
installer-windows:
	./installer/install-debian-deps.sh installer/windows/debian-packages.txt
	$(PYTHON) -m installer.windows.build

installer-linux:
	./installer/install-debian-deps.sh installer/debian-packages.txt installer/linux/debian-packages.txt
	$(PYTHON) -m installer.linux.build

installer-test: installer-windows installer-linux
	./installer/install-debian-deps.sh installer/test-packages.txt
	./installer/test-installers.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis bench/.cache .mutate .import_linter_cache build dist
