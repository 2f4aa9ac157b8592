# Two commands do everything on a fresh machine with Python 3.11+: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := examples/out

.PHONY: demo test lint bench clean-venv player fuzz

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

# Browser tests drive Debian's Chromium through Playwright (its own browser download cannot
# work offline). Installed when missing and possible; otherwise those tests skip with a reason.
$(VENV)/.browser: | $(BIN)/python
	@command -v chromium >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
		>/dev/null 2>&1 || echo "chromium could not be installed: browser tests will skip"
	@command -v ffmpeg >/dev/null 2>&1 || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ffmpeg; } \
		>/dev/null 2>&1 || echo "ffmpeg could not be installed: the player test will skip"
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

# Benchmarks (not tests): prints the README table; `make bench ARGS=--write-readme` writes it.
bench: $(VENV)/.installed-bench
	$(BIN)/python -m benchmarks $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/mypy transcript_tools

test: lint $(VENV)/.browser
	$(BIN)/python -m pytest -q

# The captions player: examples/out/interview.vtt and a generated video for examples/player.html.
player: $(VENV)/.installed $(VENV)/.browser
	$(BIN)/python examples/make_player_media.py $(OUT)
	@echo "Serve it: $(BIN)/python -m http.server -d examples, then open /player.html"

# Fuzz the readers and the pipeline for MINUTES (hypothesis; see fuzz/__init__.py).
MINUTES ?= 10
fuzz: $(VENV)/.installed-test
	$(BIN)/python -m fuzz --minutes $(MINUTES) --keep-going

clean-venv:
	rm -rf $(VENV)
