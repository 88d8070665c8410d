# The two commands of the README, each doing all of its own set-up:
#   make run    install what is missing, build, open AttentionLab on a bundled sample
#   make test   install what is missing, build, run every test
# Further targets: make build, make bench (every benchmark, with PyTorch, as one table), make golden (regenerates tests/data/golden),
# make package (a .deb in build-release/, from an optimised build).
SAMPLE ?= samples/lecture-four-vectors.json
JOBS   ?= $(shell nproc)

.PHONY: deps build run test bench golden package clean

deps:
	@tools/install-deps.sh

build: deps
	@test -f build/CMakeCache.txt || cmake --preset default
	@cmake --build --preset default -j $(JOBS)

run: build
	./build/app/attention-lab $(SAMPLE)

test: build
	ctest --preset default -j $(JOBS)

bench:
	@tools/install-deps.sh --reference
	@test -f build-bench/CMakeCache.txt || cmake --preset bench
	@cmake --build --preset bench -j $(JOBS)
	/usr/bin/python3 bench/report.py build-bench

package: deps
	@test -f build-release/CMakeCache.txt || cmake --preset release
	@cmake --build --preset release -j $(JOBS) --target attention-lab
	cd build-release && cpack -G DEB

golden:
	@tools/install-deps.sh --reference
	/usr/bin/python3 tests/tools/make_golden.py tests/data/golden

clean:
	rm -rf build build-release
