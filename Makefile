# repro: regenerate the figures and tables of the papers, check their numbers,
# publish the site.
#
#   make all            every experiment (at its default scale), then the site
#   make test           the test suite (what CI runs)
#   make figure9        TRAILS Figure 9; likewise figure6..8, table3
#   make trails-figure9 any experiment as <paper>-<name>; make trails runs a paper
#   make verify         the claims table; exits 1 if a judged claim misses
#   make bench          engine benchmarks against their peer tools
#   SCALE=paper|smoke   force a scale (default: each experiment's own)

SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
# The manifest discovers experiment and test folders on disk, so it is never cached.
SWIFT_FLAGS := --manifest-cache none
BUILD_FLAGS := -c $(CONFIG) $(SWIFT_FLAGS)
REPRO := .build/$(CONFIG)/repro
SCALE ?=
SCALE_FLAG := $(if $(SCALE),--scale $(SCALE),)
APT_PACKAGES := libcairo2-dev libpango1.0-dev libopenblas-dev libsqlite3-dev fonts-dejavu-core pkg-config chromium curl slurm-wlm munge
export OPENBLAS_NUM_THREADS ?= 1
# One OpenBLAS kernel set on every x86-64 machine with AVX2 (AVX-512 machines would pick
# SkylakeX kernels, which round sums differently); repro pins the same when run directly.
BLAS_CORE := $(shell grep -qw avx2 /proc/cpuinfo 2>/dev/null && grep -qw fma /proc/cpuinfo && echo Haswell)
ifneq ($(BLAS_CORE),)
export OPENBLAS_CORETYPE ?= $(BLAS_CORE)
endif

# The papers (and the engine showcases): one folder each under experiments/.
PAPERS := $(sort $(notdir $(patsubst %/,%,$(wildcard experiments/*/))))
EMPTY :=
SPACE := $(EMPTY) $(EMPTY)
PAPER_PATTERN := $(subst $(SPACE),|,$(PAPERS))

.PHONY: all deps build test test-slurm verify bench site clean data list figure6 figure7 figure8 figure9 table3 $(PAPERS)

all: build
	$(REPRO) all $(SCALE_FLAG)
	$(REPRO) verify || true
	$(REPRO) site

# Installs the Debian packages the build and the tests need, when missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS) --product repro

test: deps
	$(SWIFT) build --build-tests $(SWIFT_FLAGS)
	$(SWIFT) test --skip-build $(SWIFT_FLAGS)
	$(MAKE) --no-print-directory test-slurm

# The TRAILS benchmark as a Slurm job array on a single-node Slurm started (and stopped) by the test.
test-slurm: deps
	$(SWIFT) build $(SWIFT_FLAGS) --product repro
	bash Tests/slurm/sharded-benchmark.sh .build/debug/repro

verify: build
	$(REPRO) verify

site: build
	$(REPRO) site

list: build
	@$(REPRO) list

bench: deps
	$(SWIFT) build -c release --product repro-bench
	@for b in plotting numerics training-mix surrogate search; do .build/release/repro-bench $$b || exit 1; done

# Fills data/ from experiments/*/data.json: copied from ../shared/data when present, else
# downloaded from the pinned upstream; every file checked against its SHA-256.
data: build
	$(REPRO) data

clean:
	rm -rf .build .repro figures/*/ tables/*/ site/*/ site/*.html site/*.css site/*.js site/*.json

# TRAILS figures and tables by their paper numbers: the figure from the authors' released
# results is published (with its verdicts) first, then the variant our engines recompute.
figure6 figure7 figure8 figure9 table3: build
	$(REPRO) run trails/$@ $(SCALE_FLAG)
	@$(REPRO) verify trails/$@ || true

# A whole paper, or the engine showcases.
$(PAPERS): build
	$(REPRO) run $@ $(SCALE_FLAG)
	@$(REPRO) verify $@ || true

Makefile: ;

# Any experiment as <paper>-<name>, e.g. make accel-nasbench-throughput-scatter; a variant
# as <paper>-<name>-<variant>, e.g. make trails-figure9-recomputed.
%: build
	@id=$$(echo "$@" | sed -E 's/^($(PAPER_PATTERN))-/\1\//; s/-recomputed$$/\/recomputed/'); \
	$(REPRO) run $$id $(SCALE_FLAG) && ($(REPRO) verify $$id || true)
