# The two commands of the README, each doing all of its own set-up:
#   make run    install what is missing, build, open AttentionLab on a bundled sample
#   make test   install what is missing, build, run every test
# Further targets: make build, make models (regenerates and retrains samples/models/), make bench (every benchmark, with PyTorch, as one table), make golden (regenerates tests/data/golden),
# make package (a .deb in build-release/, from an optimised build), make sanitize (every test under AddressSanitizer and
# UndefinedBehaviorSanitizer, in build-sanitize/), make fuzz (each libFuzzer target for FUZZ_SECONDS, in build-fuzz/).
SAMPLE ?= samples/lecture-four-vectors.json
JOBS   ?= $(shell nproc)
FUZZ_SECONDS ?= 60

.PHONY: deps build run test models sanitize fuzz bench golden package clean

deps:
	@tools/install-deps.sh

build: deps
	@test -f build/CMakeCache.txt || cmake --preset default
	@cmake --build --preset default -j $(JOBS)

run: build
	./build/app/attention-lab $(SAMPLE)

test: build
	ctest --preset default -j $(JOBS)

models: deps
	python3 tools/make_models.py

sanitize: deps
	@test -f build-sanitize/CMakeCache.txt || cmake --preset sanitize
	@cmake --build --preset sanitize -j $(JOBS)
	ctest --preset sanitize -j $(JOBS)

fuzz:
	@tools/install-deps.sh --fuzz
	@test -f build-fuzz/CMakeCache.txt || cmake --preset fuzz
	@cmake --build --preset fuzz -j $(JOBS)
	tools/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

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
	/usr/bin/python3 tests/tools/make_optimizer_golden.py tests/data/golden/train
	/usr/bin/python3 tests/tools/reference_transformer.py --self-check
	/usr/bin/python3 tests/tools/make_transformer_golden.py tests/data/golden/transformer
	/usr/bin/python3 tests/tools/make_attention_gradient_golden.py tests/data/golden/transformer
	/usr/bin/python3 tests/tools/check_pytorch_import.py tests/data/golden/transformer
	/usr/bin/python3 tests/tools/make_nn_golden.py tests/data/golden/nn
	/usr/bin/python3 tests/tools/make_influence_golden.py tests/data/golden/influence

clean:
	rm -rf build build-release build-sanitize build-fuzz
