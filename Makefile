# The two commands of the README: `make demo` and `make test`.
# Each creates .venv (Python >= 3.11) and installs what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out

.PHONY: demo test test-fast annotations bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

## demo: annotate the bundled corpus/northeast pair; outputs go to out/
demo: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/northeast-text annotate corpus/northeast/zh.md corpus/northeast/en.md \
	    -o $(OUT)/northeast.tei.xml --json $(OUT)/northeast.json
	-$(BIN)/northeast-text check corpus/northeast/zh.md corpus/northeast/en.md --fail-on never \
	    > $(OUT)/northeast.findings.txt
	@echo "outputs: $(OUT)/northeast.tei.xml (TEI P5), $(OUT)/northeast.json (JSON report), $(OUT)/northeast.findings.txt (findings table)"

## test: the whole test suite (slow tests included), TEI validated against tei_all.rng
test: $(STAMP)
	$(BIN)/python -m pytest -q

## test-fast: skip the slow fuzzing tests
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

clean:
	rm -rf $(VENV) $(OUT) .cache .pytest_cache .hypothesis
