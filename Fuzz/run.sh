#!/bin/sh
# Long fuzz run with libFuzzer: Fuzz/run.sh PARSER [RUNS] [SECONDS_PER_INPUT]
#   PARSER: fixture | answers | graph | quiz      RUNS: inputs to try (default 100000)
# Builds the library with the fuzz entry (swiftc -sanitize=fuzzer -O) into /tmp/backprop-fuzz,
# seeds the corpus from Fixtures/, and stops at the first crash, hang (-timeout) or input the
# oracle rejects (Tests/BackpropTracerTests/Robustness/FuzzOracle.swift). Exit status 0: no crash.
set -eu
parser=${1:?usage: Fuzz/run.sh fixture|answers|graph|quiz [RUNS] [SECONDS_PER_INPUT]}
runs=${2:-100000}
timeout=${3:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=/tmp/backprop-fuzz/$parser
mkdir -p "$work/corpus" "$work/artifacts"
case $parser in
  fixture) flag=FUZZ_FIXTURE; cp "$root"/Fixtures/*.json "$work/corpus/" ;;
  answers) flag=FUZZ_ANSWERS; cp "$root"/Fixtures/answers/* "$work/corpus/" ;;
  graph) flag=FUZZ_GRAPH; cp "$root"/Fixtures/graphs/*.json "$work/corpus/" ;;
  quiz) flag=FUZZ_QUIZ; printf '0.3775\n0.593269992\nabc\n1e400\nq\n' > "$work/corpus/answers.txt" ;;
  *) echo "unknown parser '$parser': fixture, answers, graph or quiz" >&2; exit 2 ;;
esac
binary=$work/fuzz-$parser
if [ ! -x "$binary" ] || [ -n "$(find "$root/Sources/BackpropTracer" "$root/Fuzz" "$root/Tests/BackpropTracerTests/Robustness/FuzzOracle.swift" -newer "$binary" -name '*.swift' | head -1)" ]; then
  swiftc -sanitize=fuzzer -parse-as-library -O -module-name BackpropTracer -D FUZZ -D "$flag" \
    $(find "$root/Sources/BackpropTracer" -name '*.swift' | sort) \
    "$root/Tests/BackpropTracerTests/Robustness/FuzzOracle.swift" "$root/Fuzz/FuzzEntry.swift" -o "$binary"
fi
cd "$work"
"$binary" -runs="$runs" -timeout="$timeout" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$work/corpus"
