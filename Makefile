# The README's quick start: `make demo` and `make test`. Both install missing
# Debian packages first (scripts/install-deps.sh), configure and build into
# build/, and are safe to run again.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
CMAKE_FLAGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build afstem demo test asan-test fixtures bench clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

# Everything: the executable, the tests, the fixture generator, benchmarks.
build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# The `afstem` executable alone (what `make demo` needs).
afstem: configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target afstem

# Imports the fixture PDFs into ./afstem.sqlite, prints the summary and
# checks every stated total (all add up: exit 0). A second run finds them
# already imported and changes nothing.
demo: afstem
	$(BUILD_DIR)/afstem ingest fixtures/pdf
	$(BUILD_DIR)/afstem check --severity warning

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
asan-test: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DAFSTEM_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && ctest --output-on-failure -j $(JOBS)

# Regenerates the cairo/pango fixture PDFs in fixtures/pdf, the
# injected-error variants in fixtures/injected and the memo's scans in
# fixtures/scanned (see fixtures/README.md).
fixtures: build
	$(BUILD_DIR)/fixtures/afstem-fixturegen --injected fixtures/injected fixtures/pdf
	$(BUILD_DIR)/fixtures/afstem-fixturegen --scanned fixtures/scanned

bench: build
	$(BUILD_DIR)/bench/extract_bench fixtures/pdf/*.pdf

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
