#!/bin/sh
# Long fuzz run with libFuzzer: Fuzz/run.sh PARSER [RUNS] [SECONDS_PER_INPUT]
#   PARSER: fixture | answers | graph | formula | quiz      RUNS: inputs to try (default 100000)
# Builds the library with the fuzz entry (swiftc -sanitize=fuzzer -O) into /tmp/backprop-fuzz,
# seeds the corpus from Fixtures/, and stops at the first crash, hang (-timeout) or input the
# oracle rejects (Tests/BackpropTracerTests/Robustness/FuzzOracle.swift). Exit status 0: no crash.
set -eu
parser=${1:?usage: Fuzz/run.sh fixture|answers|graph|formula|quiz [RUNS] [SECONDS_PER_INPUT]}
runs=${2:-100000}
timeout=${3:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
work=/tmp/backprop-fuzz/$parser
mkdir -p "$work/corpus" "$work/artifacts"
case $parser in
  fixture) flag=FUZZ_FIXTURE; cp "$root"/Fixtures/*.json "$work/corpus/" ;;
  answers) flag=FUZZ_ANSWERS; cp "$root"/Fixtures/answers/* "$work/corpus/" ;;
  graph) flag=FUZZ_GRAPH; cp "$root"/Fixtures/graphs/*.json "$work/corpus/"
    # Flat chains of 2,500 terms (9,997 characters), and one of 2,501 (10,001: over the limit).
    n=0
    for op in + '*' -; do
      n=$((n + 1))
      printf '{"title": "chain", "inputs": {"x": 0.5}, "definitions": ["y = x%s"]}' "$(yes " $op x" | head -n 2499 | tr -d '\n')" > "$work/corpus/chain$n.json"
    done
    printf '{"title": "long", "inputs": {"x": 0.5}, "definitions": ["y = x%s"]}' "$(yes ' + x' | head -n 2500 | tr -d '\n')" > "$work/corpus/long.json" ;;
  formula) flag=FUZZ_FORMULA
    n=0
    for op in + - '*' / '^'; do
      n=$((n + 1))
      printf 'x%s' "$(yes " $op x" | head -n 2499 | tr -d '\n')" > "$work/corpus/chain$n.txt"
    done
    printf 'x%s' "$(yes ' + x' | head -n 2500 | tr -d '\n')" > "$work/corpus/long.txt"
    printf 'exp(-x)*sigma(y)/(1 + x^2) - max(0, y)' > "$work/corpus/functions.txt" ;;
  quiz) flag=FUZZ_QUIZ; printf '0.3775\n0.593269992\nabc\n1e400\nq\n' > "$work/corpus/answers.txt" ;;
  *) echo "unknown parser '$parser': fixture, answers, graph, formula or quiz" >&2; exit 2 ;;
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
