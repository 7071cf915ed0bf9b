# The two commands a newcomer needs (see README.md):
#   make demo   - set everything up and open the softphone on the embedded demo store
#   make test   - set everything up and run ruff, the import-layer contract and the whole test suite
# Everything else here is a step of those two.

PYTHON ?= $(shell scripts/find-python.sh)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
# Compiled catalogues are package data (read through importlib.resources); the wheel's build
# hook (setup.py) compiles its own, so these only serve the checkout's editable install.
QM     := $(patsubst resources/translations/%.ts,softphone/resources/translations/%.qm,$(TS))

.PHONY: demo test lint contract pytest system-deps translations update-translations bench \
	screenshots desktop-file dist bundle clean

demo: $(STAMP) translations
	@scripts/install-system-deps.sh demo
	$(BIN)/softphone --demo

test: system-deps $(STAMP) translations lint contract pytest

system-deps:
	@scripts/install-system-deps.sh test

$(STAMP): pyproject.toml
	@scripts/check-python.sh "$(PYTHON)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

softphone/resources/translations/%.qm: resources/translations/%.ts
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts sources, then translate the new entries.
# No line numbers in the catalogues: they changed with every edit and made merges conflict.
update-translations: $(STAMP)
	for ts in $(TS); do \
		$(BIN)/pyside6-lupdate -silent ui/*.py softphone/*.py -ts $$ts -no-obsolete -locations none; done

bench: $(STAMP) translations
	$(BIN)/softphone bench startup

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

contract: $(STAMP)
	$(BIN)/lint-imports

# Two workers (this project's machines have two cores); the PostgreSQL tests stay on one of
# them, one at a time (see tests/conftest.py). PYTEST_WORKERS=0 runs everything in one process.
PYTEST_WORKERS ?= 2
pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup \
		$(PYTEST_ARGS)

# Regenerate the screenshots kept in docs/ from the seeded demo store.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/softphone --demo --screenshot docs/main-window.png
	SOFTPHONE_SCREENSHOTS=$(CURDIR)/docs QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		tests/ui/test_phone.py::test_screenshots_of_the_phone \
		tests/ui/test_screen_pop.py::test_a_known_caller_pops_with_ivr_data_tickets_and_history_before_answering \
		tests/ui/test_screen_pop.py::test_an_unknown_number_and_a_shared_number \
		tests/ui/test_callbacks.py::test_a_callback_is_assigned_dialled_scripted_and_logged_on_the_ticket \
		tests/ui/test_canned_answers.py::test_an_arabic_answer_is_laid_out_right_to_left \
		tests/ui/test_languages.py::test_switching_to_arabic_at_run_time_mirrors_the_window \
		tests/ui/test_portal_widget.py::test_the_widget_offers_call_me_now_only_while_an_agent_is_there

# Register the softphone for tel:, sip: and callto: links in this user's desktop (Linux).
desktop-file: $(STAMP)
	mkdir -p $(HOME)/.local/share/applications
	sed 's|^Exec=softphone |Exec=$(abspath $(BIN))/softphone |' \
		softphone/resources/desktop/contact-softphone.desktop \
		> $(HOME)/.local/share/applications/contact-softphone.desktop
	mkdir -p $(HOME)/.local/share/icons/hicolor/scalable/apps
	cp softphone/resources/icons/contact-softphone.svg $(HOME)/.local/share/icons/hicolor/scalable/apps/
	-command -v xdg-mime >/dev/null && for scheme in tel sip callto; do \
		xdg-mime default contact-softphone.desktop x-scheme-handler/$$scheme; done

# The wheel and the sdist in dist/; the wheel's build hook compiles the translations into it.
dist: $(STAMP)
	rm -rf build dist
	$(BIN)/python -m build --no-isolation --outdir dist .

# A one-folder bundle that needs no Python on the desk (PyInstaller): dist/contact-softphone/.
# Not part of make test (it takes minutes); then tests/packaging/test_bundle.py starts a copy.
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10,<7"
	rm -rf build/bundle dist/contact-softphone
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/bundle --distpath dist \
		packaging/contact-softphone.spec
	du -sh dist/contact-softphone
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 0 tests/packaging/test_bundle.py

clean:
	rm -rf $(VENV) build dist *.egg-info softphone/resources/translations/*.qm
