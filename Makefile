# Two commands for a fresh machine with only Python 3.11 and make:
#   make demo   set everything up and open the demo
#   make test   set everything up and run the whole test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DIR ?= $(CURDIR)/.demo-vault

.PHONY: demo test test-long lint catalogs bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Compiled catalogs beside their sources (git ignores them): a checkout then starts
# in es/fr/pt without compiling a catalog at every start (caseassist.i18n).
MO := $(patsubst %.po,%.mo,$(wildcard locales/*/LC_MESSAGES/caseassist.po))
$(MO): %.mo: %.po $(STAMP)
	$(BIN)/python .ci/compile_catalogs.py $<

demo: $(STAMP) $(MO)
	$(BIN)/caseassist demo --data-dir "$(DEMO_DIR)"

# One worker per core (pytest-xdist): the whole suite took 9 min 47 s on one core of two,
# 4 min 59 s on both. A single file or test runs faster without it: `pytest -q FILE`.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

test-long: $(STAMP)
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q -m long

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check caseassist tests bench .ci
	$(BIN)/lint-imports
	$(BIN)/python .ci/check_catalogs.py

catalogs: $(STAMP)
	$(BIN)/pybabel extract -F .ci/babel.cfg -k N_ -k ngettext:1,2 --no-location --sort-output \
		--project=caseassist -o locales/caseassist.pot caseassist resources
	for lang in es fr pt; do \
		test -f locales/$$lang/LC_MESSAGES/caseassist.po || \
			$(BIN)/pybabel init -i locales/caseassist.pot -d locales -D caseassist -l $$lang; \
		$(BIN)/pybabel update -i locales/caseassist.pot -d locales -D caseassist -l $$lang --no-fuzzy-matching --ignore-obsolete; \
	done

bench: $(STAMP)
	$(BIN)/python -m bench

.PHONY: bench-full
bench-full: $(STAMP)
	$(BIN)/python -m bench --full

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache "$(DEMO_DIR)"

.PHONY: eval
# precision and recall of the intake extraction on the labelled corpus (dev and test splits)
eval: $(STAMP)
	$(BIN)/python -m caseassist.intake.evaluate
