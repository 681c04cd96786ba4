# The two commands of the README: `make demo` and `make test`.
# Each creates .venv (Python >= 3.11) and installs what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out
CACHE  ?= $(or $(NORTHEAST_TEXT_CACHE),$(CURDIR)/.cache)
TEI_RNG := $(CACHE)/tei/tei_all.rng
# the tests keep every cache (TEI schema, dictionary index) inside the clone
export NORTHEAST_TEXT_CACHE := $(abspath $(CACHE))

.PHONY: demo test test-fast fuzz lint tei-schema annotations bench-real clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,lint]'
	touch $(STAMP)

## tei-schema: fetch the official tei_all.rng (TEI 4.3.0) once; the tests never download anything
tei-schema: $(TEI_RNG)
$(TEI_RNG): | $(STAMP)
	$(BIN)/python tests/fetch_tei_schema.py

## demo: annotate every bundled pair of corpus/ into out/ (TEI, JSON, TMX, HTML, findings.csv)
demo: $(STAMP)
	$(BIN)/northeast-text batch corpus -o $(OUT) -j 2 --html --tmx
	-$(BIN)/northeast-text check corpus/northeast/zh.md corpus/northeast/en.md --fail-on never
	@echo
	@echo "outputs went to $(OUT)/: ID.tei.xml (TEI P5), ID.json (JSON report), ID.tmx (TMX),"
	@echo "  ID.html (review pages; open $(OUT)/index.html in a browser), corpus.tei.xml (teiCorpus), findings.csv"

## test: the whole test suite (slow tests included), TEI validated against tei_all.rng;
## Hypothesis derandomised (profile "ci"): the same code passes or fails every time
test: $(STAMP) $(TEI_RNG)
	$(BIN)/python -m pytest -q

## test-fast: skip the slow fuzzing tests
test-fast: $(STAMP) $(TEI_RNG)
	$(BIN)/python -m pytest -q -m "not slow"

## fuzz: explore with random seeds (Hypothesis profile "fuzz"): the property and fuzz tests only
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz_numbers.py tests/test_numbers_props.py \
	  tests/test_readers_fuzz.py tests/test_check_numbers.py tests/test_notes.py tests/test_align.py

## lint: ruff (lint) and mypy over the package
lint: $(STAMP)
	$(BIN)/ruff check northeast_text tests benchmarks
	$(BIN)/mypy

## annotations: regenerate annotations/ (the annotated TEI of the bundled corpus)
annotations: $(STAMP)
	$(BIN)/northeast-text batch corpus -o annotations -j 2 --force

## bench-real: precision on real translations and recall on planted slips, quick subsets with
## thresholds (read ../shared/real; skipped with a message when it is absent). Full runs: BENCHMARKS.md
bench-real: $(STAMP)
	$(BIN)/python benchmarks/real_text.py --pairs 4 --min-precision 0.9 --min-recall 1.0 --quiet
	$(BIN)/python benchmarks/inject.py --quick --min-recall 0.8

clean:
	rm -rf $(VENV) $(OUT) .cache .pytest_cache .hypothesis
