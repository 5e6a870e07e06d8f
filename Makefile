# Makefile: thin wrapper over CMake/CTest: run, test, format, lint, clean.
.PHONY: all run test bench release deb conformance-refresh screenshot build-release build-debug build-sanitize build-fuzz build-tsan fuzz format lint clean

JOBS ?= 2
# Seconds each libFuzzer harness runs in `make fuzz`, from a random seed. `make
# test` runs each harness the same way on every machine instead: seed 1, its
# seeds (a fixed sample of 250 at most), then FUZZ_SMOKE_RUNS mutations
# (tests/fuzz/CMakeLists.txt).
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_RUNS ?= 1000
MAKEFLAGS += --no-print-directory
LISTEN ?= 127.0.0.1:8321
C_FILES = $(wildcard $(shell git ls-files -co --exclude-standard -- '*.c' '*.h' 2>/dev/null | grep -v '^build/'))

all: build-release

build-release:
	@scripts/deps.sh run
	@cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build/release -j$(JOBS)

build-debug:
	@cmake -S . -B build/debug -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build build/debug -j$(JOBS)

build-sanitize:
	@cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Sanitize >/dev/null
	@cmake --build build/sanitize -j$(JOBS)

# The libFuzzer harnesses (tests/fuzz), built with clang; each runs FUZZ_RUN_SECONDS
# (default 30) at most, and FUZZ_RUNS mutations from seed 1 when given.
build-fuzz:
	@cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_C_COMPILER=clang \
	  -DCLOSURED_FUZZ_SECONDS=$(or $(FUZZ_RUN_SECONDS),30) -DCLOSURED_FUZZ_RUNS=$(or $(FUZZ_RUNS),0) >/dev/null
	@cmake --build build/fuzz -j$(JOBS) --target fuzz_all

# Runs every harness for FUZZ_SECONDS (crashes: build/fuzz/fuzz-artifacts/;
# each becomes a file in tests/fuzz/regress/HARNESS/).
fuzz:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory build-fuzz FUZZ_RUN_SECONDS=$(FUZZ_SECONDS)
	cd build/fuzz && ctest --output-on-failure -j$(JOBS) -L fuzz
build-tsan:
	@cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=Tsan >/dev/null
	@cmake --build build/tsan -j$(JOBS)

run: build-release
	@echo "closured: open http://$(LISTEN)/ (Ctrl-C stops)"
	build/release/closured serve --listen $(LISTEN) --workloads examples

# Debug runs everything; Sanitize runs unit, conformance and the smoke tests
# (the slow API and browser suites stay in Debug); each fuzz harness runs
# a fixed sample of its seeds and FUZZ_SMOKE_RUNS mutations from seed 1 (120 s at most); Tsan runs the daemon's threads through the API suite and the
# host's unit tests (any race fails), but not the 500k-closure latency test
# nor the heap analysis in steps (timing tests, too slow there), nor the RSS and address-layout tests
# (TSan's shadow memory changes both), nor the deep uploads (sources nested
# 100,000 deep: a test of stack depth, minutes to compile under TSan). Release is built too, though no suite runs
# there: -O2 finds warnings (format truncation, over-reads) that -O0 misses,
# and `make run` must keep building.
test:
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory build-debug build-sanitize build-tsan build-release
	@$(MAKE) --no-print-directory build-fuzz FUZZ_RUN_SECONDS=120 FUZZ_RUNS=$(FUZZ_SMOKE_RUNS)
	@rc=0; \
	(cd build/debug && ctest --output-on-failure -j$(JOBS)) || rc=1; \
	(cd build/sanitize && ctest --output-on-failure -j$(JOBS) -L 'unit|conformance|smoke') || rc=1; \
	(cd build/fuzz && ctest --output-on-failure -j$(JOBS) -L fuzz) || rc=1; \
	(cd build/tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j$(JOBS) \
	  -R '^(api_|test_worker|test_workload)' -E '^(api_scrape_isolation|api_analysis_steps|api_ids|api_memory|api_deep_uploads)$$') || rc=1; \
	exit $$rc

# The optimised build, as CPython's --enable-optimizations --with-lto makes
# Debian's python3: gcc's profile-guided and link-time optimisation,
# trained on the conformance corpus (not on bench/'s programs):
# build/pgo/closured (and build/pgo/librt.a). Instrumented build, training run
# (scripts/pgo_train.py), rebuild with the profile, in the same directory.
# `make test` keeps its plain Release build.
release:
	@scripts/deps.sh release
	@rm -rf build/pgo/pgo-profile
	@cmake -S . -B build/pgo -DCMAKE_BUILD_TYPE=Release -DCLOSURED_SLOW_TESTS=OFF \
	  -DCLOSURED_LTO=ON -DCLOSURED_PGO=generate >/dev/null
	@cmake --build build/pgo -j$(JOBS) --target closured
	@python3 scripts/pgo_train.py build/pgo/closured
	@cmake -S . -B build/pgo -DCLOSURED_PGO=use >/dev/null
	@cmake --build build/pgo -j$(JOBS) --target closured
	@echo "closured: build/pgo/closured (profile-guided)"

# The Debian package (CPack): build/release/closured_VERSION_ARCH.deb, dependencies declared.
deb:
	@scripts/deps.sh deb
	@cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build/release -j$(JOBS)
	@cd build/release && cpack -G DEB >/dev/null && ls -1 $$PWD/closured_*.deb

# Regenerates tests/conformance/**/*.out (and .err/.status/.errline) with python3.
conformance-refresh:
	scripts/conformance_refresh.sh

# Rewrites the README's screenshot (docs/screenshots/overview.png) from the overview's browser
# test: the dashboard with its tabs (Snapshots included) and a leak-suspect badge.
screenshot: build-debug
	@scripts/deps.sh test
	cd tests/browser && (test -f node_modules/playwright-core/package.json || npm ci --no-audit --no-fund) && \
	  CLOSURED=$(CURDIR)/build/debug/closured CLOSURED_README_SCREENSHOT=$(CURDIR)/docs/screenshots/overview.png \
	  node --test test_overview.mjs

# Benchmarks against CPython, Lua and nginx (bench/run.py writes bench/RESULTS.md).
# Not a test: nothing in `make test` depends on it. BENCH_ARGS=--quick for a smoke run.
# bench/ measures the build closured ships for speed, `make release`, as the
# CPython it is compared with is Debian's optimised (PGO and LTO) build;
# BENCH_BUILD=build/release measures the plain -O2 build instead.
BENCH_BUILD ?= build/pgo
bench:
	@scripts/deps.sh bench
	@if [ "$(BENCH_BUILD)" = build/pgo ]; then $(MAKE) --no-print-directory release; else \
	  cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null && \
	  cmake --build $(BENCH_BUILD) -j$(JOBS); fi
	python3 bench/run.py --build $(BENCH_BUILD) $(BENCH_ARGS)

format:
	clang-format -i $(C_FILES)

# Lint: the code follows .clang-format, and cppcheck finds nothing.
lint:
	clang-format --dry-run --Werror $(C_FILES)
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	  --inline-suppr --std=c11 -I. -D_POSIX_C_SOURCE=200809L \
	  --suppress=missingIncludeSystem host daemon api runtime cli tools

clean:
	rm -rf build
