#!/usr/bin/env bash
# Benchmark of tarjama-spark align against single-machine `tarjama align --pairs` on the same generated
# document pairs (see docs/spark.md, "Benchmark"). Usage, from the project root:
#   spark/bench.sh [PAIRS=10000] [CORES=2] [WORK=/tmp/tarjama-spark-bench] [WINDOW=2]
# Pairs are generated deterministically from ../shared/corpora/ntrex_dev: pair k is a window of WINDOW
# consecutive paragraphs of document (k mod D) (of those with as many paragraphs on both sides), both sides,
# starting one paragraph further on each round.
# Prints wall time and document pairs per second per core for each run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pairs="${1:-10000}"
cores="${2:-2}"
work="${3:-/tmp/tarjama-spark-bench}"
window="${4:-2}"
corpus="$here/../shared/corpora/ntrex_dev"
rm -rf "$work" && mkdir -p "$work/docs"
python3 - "$corpus" "$work" "$pairs" "$window" <<'PY'
import os, sys
corpus, work, n, win = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
docs = sorted(f[:-len('.raw.en')] for f in os.listdir(corpus) if f.endswith('.raw.en'))
sides = []
for d in docs:
    en = [l for l in open(os.path.join(corpus, d + '.raw.en'), encoding='utf-8').read().split('\n') if l.strip()]
    ar = [l for l in open(os.path.join(corpus, d + '.raw.ar'), encoding='utf-8').read().split('\n') if l.strip()]
    if len(en) == len(ar) and len(en) > win:
        sides.append((en, ar))
with open(os.path.join(work, 'LIST.tsv'), 'w', encoding='utf-8') as lst:
    for k in range(n):
        en, ar = sides[k % len(sides)]
        start = (k // len(sides)) % (len(en) - win + 1)
        for side, lines in (('en', en), ('ar', ar)):
            with open(os.path.join(work, 'docs', f'p{k:05d}.{side}'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines[start:start + win]) + '\n')
        lst.write(f'docs/p{k:05d}.en\tdocs/p{k:05d}.ar\n')
print(f'{n} pairs of {win} paragraphs from {len(sides)} documents with paragraph-aligned sides', file=sys.stderr)
PY
"$here/tarjama" --version >/dev/null
"$here/tarjama-spark" --help >/dev/null
# Runs a command; prints wall time, CPU time (user+sys of the whole process tree) and the rates. On a
# machine shared with other work, pairs per CPU-second is the per-core figure that does not depend on
# the load (a core fully given to the job does one CPU-second per second); both are printed.
run() {
  local name="$1"; shift
  echo "before: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$name" "$pairs" "$cores" "$@" <<'PY'
import resource, subprocess, sys, time
name, n, cores, cmd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
t0 = time.time()
subprocess.run(cmd, check=True)
wall = time.time() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
print(f"{name}: {n} pairs in {wall:.1f} s wall ({n / wall / cores:.1f} pairs/s/core over {cores} cores), "
      f"{cpu:.1f} CPU-s ({n / cpu:.1f} pairs per CPU-second)")
PY
  echo "after:  load average $(cut -d' ' -f1-3 /proc/loadavg)"
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
