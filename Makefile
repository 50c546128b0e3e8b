# The two commands of the README, and the tools behind them.
.PHONY: run test build setup size bench fuzz

run: build          ## build, then serve the demo on http://127.0.0.1:8080/
	node tools/serve.mjs

test:               ## every test, installing what is missing
	tools/test.sh

build: setup        ## the release bundle, in target/dist/
	node tools/build.mjs

setup:
	tools/setup.sh

size: build         ## first-load bytes per file, brotli and gzip
	node tools/size.mjs

bench: setup       ## the benchmarks of SPEC §9, as one table
	node tools/bench.mjs

fuzz: setup        ## every property test with 50 000 cases, then each fuzz target for FUZZ_SECONDS (default 600) and a table
	PROPTEST_CASES=50000 cargo test --release --lib --tests
	tools/fuzz.sh
