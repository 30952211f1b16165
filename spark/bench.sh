#!/usr/bin/env bash
# Benchmark of tarjama-spark align against single-machine `tarjama align --pairs` on the same generated
# document pairs (see docs/spark.md, "Benchmark"). Usage, from the project root:
#   spark/bench.sh [PAIRS=10000] [CORES=2] [WORK=/tmp/tarjama-spark-bench]
# Pairs are generated deterministically from ../shared/corpora/ntrex_dev: pair k is the window of 3
# consecutive paragraphs starting at paragraph (k mod P) of document (k mod D), both sides.
# Prints wall time and document pairs per second per core for each run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs="${1:-10000}"
cores="${2:-2}"
work="${3:-/tmp/tarjama-spark-bench}"
corpus="$here/../shared/corpora/ntrex_dev"
rm -rf "$work" && mkdir -p "$work/docs"
python3 - "$corpus" "$work" "$pairs" <<'PY'
import os, sys
corpus, work, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
docs = sorted(f[:-len('.raw.en')] for f in os.listdir(corpus) if f.endswith('.raw.en'))
sides = []
for d in docs:
    en = [l for l in open(os.path.join(corpus, d + '.raw.en'), encoding='utf-8').read().split('\n') if l.strip()]
    ar = [l for l in open(os.path.join(corpus, d + '.raw.ar'), encoding='utf-8').read().split('\n') if l.strip()]
    if len(en) == len(ar) and len(en) >= 3:
        sides.append((en, ar))
with open(os.path.join(work, 'LIST.tsv'), 'w', encoding='utf-8') as lst:
    for k in range(n):
        en, ar = sides[k % len(sides)]
        start = (k // len(sides)) % (len(en) - 2)
        for side, lines in (('en', en), ('ar', ar)):
            with open(os.path.join(work, 'docs', f'p{k:05d}.{side}'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines[start:start + 3]) + '\n')
        lst.write(f'docs/p{k:05d}.en\tdocs/p{k:05d}.ar\n')
print(f'{n} pairs from {len(sides)} documents with paragraph-aligned sides', file=sys.stderr)
PY
"$here/tarjama" --version >/dev/null
"$here/tarjama-spark" --help >/dev/null
run() {
  local name="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@"
  t1=$(date +%s.%N)
  python3 -c "import sys; w=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); c=int(sys.argv[4]); print(f'$name: {n} pairs in {w:.1f} s wall = {n/w:.1f} pairs/s = {n/w/c:.1f} pairs/s/core ({c} cores)')" "$t0" "$t1" "$pairs" "$cores"
}
run "tarjama align --pairs (JVM start included)" \
  env TARJAMA_JAVA_OPTS="-XX:ActiveProcessorCount=$cores" "$here/tarjama" align -q --pairs "$work/LIST.tsv" --format tsv -o "$work/single.tsv"
run "tarjama-spark align local[$cores] (JVM and Spark start included)" \
  "$here/tarjama-spark" align -q --master "local[$cores]" --pairs "$work/LIST.tsv" --out "$work/spark"
cat "$work"/spark/part-*.tsv | cut -f1,2 > "$work/spark12.tsv"
cut -f1,2 "$work/single.tsv" > "$work/single12.tsv"
if cmp -s "$work/spark12.tsv" "$work/single12.tsv"; then
  echo "same pairs: $(wc -l < "$work/single12.tsv") sentence pairs"
else
  echo "DIFFERENT pairs" >&2; exit 1
fi
