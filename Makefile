# Two commands do everything on a fresh machine with Python 3.10+: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := examples/out

.PHONY: demo test lint bench clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	@mkdir -p $(OUT)
	$(BIN)/transcript-tools clean examples/broadcast_interview_2020-10.txt \
		--names examples/names_interview_2020-10.txt \
		--reference examples/article_same_story_2020-10.txt -o $(OUT)/interview.txt
	$(BIN)/transcript-tools clean examples/broadcast_interview_2020-10.txt \
		--names examples/names_interview_2020-10.txt \
		--reference examples/article_same_story_2020-10.txt -o $(OUT)/interview.vtt
	$(BIN)/transcript-tools clean examples/broadcast_interview_2020-10.txt \
		--names examples/names_interview_2020-10.txt \
		--reference examples/article_same_story_2020-10.txt -o $(OUT)/interview.json
	$(BIN)/python examples/api_example.py
	@echo
	@echo "Clean text: $(OUT)/interview.txt"
	@echo "WebVTT:     $(OUT)/interview.vtt"
	@echo "JSON:       $(OUT)/interview.json"

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

clean-venv:
	rm -rf $(VENV)
