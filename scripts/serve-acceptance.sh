#!/usr/bin/env bash
# Issue 16's acceptance check for `tarjama serve`, run from outside exactly as the issue writes it:
#   a memory built with `tarjama tm import --tm DIR memory.tsv`; `tarjama serve --tm DIR --port P`;
#   200 queries with one word changed, sent by 16 concurrent clients to /tmserver/en/ar/unit/…: no error,
#   the same best match as `tarjama lookup --tm DIR --min 50 --top 1`, the edited unit found for >= 98%;
#   the same queries' Arabic counterparts sent to /tmserver/ar/en/unit/… find the unit's Arabic as the
#   source; POST /api/v1/import without the token is refused with 401 or 403.
#
# Usage: scripts/serve-acceptance.sh [--memory FILE.tsv] [--corpus DIR] [--queries N] [--clients N] [--seed N]
#   --memory  an en<TAB>ar memory to import (default: the 1-1 beads of the aligned corpus)
#   --corpus  aligned corpus (*.en, *.ar, *.gold) the default memory comes from (default: ../shared/corpora/ntrex_dev)
# Exit 0 when every check passes, 1 when one fails; prints one line per check and the figures.
# Needs python3 (standard library only) for the 16 HTTP clients.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
memory="" corpus="$here/../shared/corpora/ntrex_dev" queries=200 clients=16 seed=20261202
while [ $# -gt 0 ]; do
  case "$1" in
    --memory) memory="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --queries) queries="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "serve-acceptance: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d -t tarjama-serve-acceptance.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
tarjama() { "$here/tarjama" "$@"; }

# 1. memory.tsv (unless given) and the edited queries
if [ -z "$memory" ]; then
  memory="$work/memory.tsv"
  python3 - "$corpus" "$memory" <<'EOF'
import glob, os, re, sys
corpus, out = sys.argv[1], sys.argv[2]
pairs = []
for gold in sorted(glob.glob(os.path.join(corpus, "*.gold"))):
    base = gold[:-5]
    en = open(base + ".en", encoding="utf-8").read().split("\n")
    ar = open(base + ".ar", encoding="utf-8").read().split("\n")
    for line in open(gold, encoding="utf-8"):
        m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]\s*", line)
        if m:  # 1-1 beads only: a unit is one English and one Arabic sentence
            e, a = en[int(m.group(1))].strip(), ar[int(m.group(2))].strip()
            if e and a and "\t" not in e + a:
                pairs.append((e, a))
if not pairs:
    sys.exit("serve-acceptance: no 1-1 beads in " + corpus)
with open(out, "w", encoding="utf-8") as f:
    f.write("en\tar\n")
    for e, a in pairs:
        f.write(e + "\t" + a + "\n")
EOF
fi
python3 - "$memory" "$work" "$queries" "$seed" <<'EOF'
import random, re, sys
memory, work, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = []
for i, line in enumerate(open(memory, encoding="utf-8")):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 2 and not (i == 0 and parts[0] == "en"):
        rows.append((parts[0].strip(), parts[1].strip()))
count = {}
for e, a in rows:
    count[e] = count.get(e, 0) + 1
    count[a] = count.get(a, 0) + 1
rng = random.Random(seed)
en_words = sorted({w for e, _ in rows for w in re.findall(r"[A-Za-z]{4,}", e)})
ar_words = sorted({w for _, a in rows for w in re.findall(r"[\u0621-\u064A]{4,}", a)})
# units with at least 6 English words whose English and Arabic are each unique in the memory
cands = [(e, a) for e, a in rows if len(e.split()) >= 6 and len(a.split()) >= 4 and count[e] == 1 and count[a] == 1]
rng.shuffle(cands)
def edit(text, pattern, vocab):
    spots = [m for m in re.finditer(pattern, text)]
    spots = spots[1:] or spots  # not the first word when there is another
    m = rng.choice(spots)
    while True:
        w = rng.choice(vocab)
        if w != m.group(0):
            return text[:m.start()] + w + text[m.end():]
picked = 0
with open(work + "/q-en.txt", "w", encoding="utf-8") as qe, open(work + "/q-ar.txt", "w", encoding="utf-8") as qa, \
        open(work + "/expected.tsv", "w", encoding="utf-8") as ex:
    for e, a in cands:
        if picked == n:
            break
        if not re.search(r"[A-Za-z]{4,}", e) or not re.search(r"[\u0621-\u064A]{4,}", a):
            continue
        qe.write(edit(e, r"[A-Za-z]{4,}", en_words) + "\n")
        qa.write(edit(a, r"[\u0621-\u064A]{4,}", ar_words) + "\n")
        ex.write(e + "\t" + a + "\n")
        picked += 1
if picked < n:
    sys.exit("serve-acceptance: only %d units fit for %d queries" % (picked, n))
EOF
units=$(($(wc -l < "$memory") - 1))

# 2. the memory, as the issue builds it
tarjama tm import --tm "$work/tm" "$memory" 2> "$work/import.err" || { cat "$work/import.err" >&2; exit 1; }
# 3. the server on a free port P
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
# the launcher itself, not the tarjama function: in the background a function runs in a subshell, $! would be
# the subshell's and the cleanup's kill would leave the server (the launcher's exec'd java) running
"$here/tarjama" serve --tm "$work/tm" --port "$port" --write-token-file "$work/token" --access-log - \
  > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/serve.out" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  sleep 0.2
done
url="$(head -n 1 "$work/serve.out")"
echo "server: $url  memory: $units units  queries: $queries  clients: $clients  ($(uptime | sed 's/.*load/load/'))"
# 4. the lookups the server must agree with, from the CLI on the same memory
tarjama lookup --tm "$work/tm" --queries "$work/q-en.txt" --min 50 --top 1 --format json > "$work/lookup-en.jsonl"
tarjama lookup --tm "$work/tm" --source-lang ar --queries "$work/q-ar.txt" --min 50 --top 1 --format json > "$work/lookup-ar.jsonl"
# 5. the clients, and the checks
python3 - "$url" "$work" "$clients" "$port" <<'EOF'
import json, sys, time, urllib.error, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor
url, work, clients, port = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def lines(name):
    return open(work + "/" + name, encoding="utf-8").read().split("\n")[:-1]
q_en, q_ar = lines("q-en.txt"), lines("q-ar.txt")
expected = [l.split("\t") for l in lines("expected.tsv")]
lookup = {"en": [json.loads(l) for l in lines("lookup-en.jsonl")], "ar": [json.loads(l) for l in lines("lookup-ar.jsonl")]}
def ask(route, q):
    u = url + "tmserver/" + route + "/unit/" + urllib.parse.quote(q, safe="") + "?min_similarity=50&max_candidates=1"
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(u, timeout=30) as r:
            return r.status, json.loads(r.read().decode("utf-8")), time.perf_counter() - t0
    except urllib.error.HTTPError as e:
        return e.code, None, time.perf_counter() - t0
    except Exception as e:
        return repr(e), None, time.perf_counter() - t0
failed = 0
def check(ok, what):
    global failed
    print(("PASS " if ok else "FAIL ") + what)
    failed += 0 if ok else 1
for src, tgt, qs, side in (("en", "ar", q_en, 0), ("ar", "en", q_ar, 1)):
    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        answers = list(pool.map(lambda q: ask(src + "/" + tgt, q), qs))
    wall = time.perf_counter() - t0
    errors = [a for a in answers if a[0] != 200 or not isinstance(a[1], list)]
    same, found, disagree = 0, 0, []
    for i, (status, body, _) in enumerate(answers):
        if body is None:
            continue
        cli = lookup[src][i]["matches"]
        srv = (body[0]["source"], body[0]["target"], int(body[0]["quality"])) if body else None
        ref = (cli[0]["source"], cli[0]["target"], cli[0]["score"]) if cli else None
        if srv == ref:
            same += 1
        else:
            disagree.append((qs[i], srv, ref))
        if body and body[0]["source"] == expected[i][side]:
            found += 1
    lat = sorted(a[2] for a in answers)
    n = len(qs)
    print("%s→%s: %d queries by %d clients in %.2f s (%.0f/s), p50 %.1f ms, p99 %.1f ms" % (
        src, tgt, n, clients, wall, n / wall, 1000 * lat[n // 2], 1000 * lat[min(n - 1, int(n * 0.99))]))
    check(not errors, "/tmserver/%s/%s: no error (%d errors%s)" % (src, tgt, len(errors), "" if not errors else ": " + str(errors[0][0])))
    check(same == n, "/tmserver/%s/%s: the same best match as tarjama lookup%s --min 50 --top 1 for %d of %d" % (
        src, tgt, " --source-lang ar" if src == "ar" else "", same, n))
    for q, s, r in disagree[:3]:
        print("     differs: %r server %r lookup %r" % (q, s, r))
    check(found >= 0.98 * n, "/tmserver/%s/%s: the edited unit's %s found as the source for %d of %d (%.1f%%, needs >= 98%%)" % (
        src, tgt, "English" if src == "en" else "Arabic", found, n, 100.0 * found / n))
req = urllib.request.Request(url + "api/v1/import", data="A new unit.\tوحدة جديدة.\n".encode("utf-8"), method="POST",
                             headers={"Content-Type": "text/tab-separated-values"})
try:
    with urllib.request.urlopen(req, timeout=30) as r:
        status = r.status
except urllib.error.HTTPError as e:
    status = e.code
check(status in (401, 403), "POST /api/v1/import without the token is refused (%s)" % status)
sys.exit(1 if failed else 0)
EOF
