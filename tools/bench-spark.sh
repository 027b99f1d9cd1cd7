#!/usr/bin/env bash
# The Spark job's throughput on local[2] beside the command line's, over the same JSONL: MEANTIME's texts repeated
# to MB megabytes (unique ids). Prints the two summary lines and checks both wrote one line per article.
# Usage (from the repository, after mvn -B -ntp -q -DskipTests package):
#   bash tools/bench-spark.sh [MB=5] [ENTITIES=curated] [MEANTIME=../shared/eval/meantime-it/articles.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-5}
ENTITIES=${2:-curated}
MEANTIME=${3:-../shared/eval/meantime-it/articles.jsonl}
[ -f "$MEANTIME" ] || { echo "bench-spark: $MEANTIME not found (../shared/eval is optional)"; exit 0; }
work=target/bench-spark
rm -rf "$work" && mkdir -p "$work"
python3 - "$MEANTIME" "$MB" "$work/input.jsonl" <<'PY'
import json, sys
src, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
texts = [json.loads(l)["text"] for l in open(src, encoding="utf-8") if l.strip()]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as w:
    while size < mb * 1e6:
        line = json.dumps({"id": "bench-%d" % n, "text": texts[n % len(texts)], "date": "2021-11-25"}, ensure_ascii=False)
        w.write(line + "\n"); size += len(line.encode("utf-8")) + 1; n += 1
print("bench-spark: %d articles, %.1f MB of JSONL, entities " % (n, size / 1e6), end="")
PY
echo "$ENTITIES"
lines=$(wc -l < "$work/input.jsonl")

echo "-- command line, 2 threads"
java -Xmx1g -jar target/fatti-cli.jar extract --input "$work/input.jsonl" --output "$work/cli.jsonl" --threads 2 \
    --entities "$ENTITIES" 2>&1 | grep -v '^fatti: [0-9]* articles, [0-9.]* MB read' || true
echo "   output lines: $(wc -l < "$work/cli.jsonl") of $lines"

echo "-- Spark job, local[2]"
[ -f target/cp.txt ] || mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
opens=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
java -Xmx1g $opens -cp "target/classes:$(cat target/cp.txt)" io.fatti.spark.SparkExtractJob --master 'local[2]' \
    --input "$work/input.jsonl" --format jsonl --output "$work/spark" --jsonl --entities "$ENTITIES" 2>/dev/null
echo "   output lines: $(cat "$work"/spark/jsonl/part-* | wc -l) of $lines"
if cmp -s <(sort "$work/cli.jsonl") <(cat "$work"/spark/jsonl/part-* | sort); then
    echo "   the Spark job's lines equal the command line's"
else
    echo "   the Spark job's lines DIFFER from the command line's"
fi
