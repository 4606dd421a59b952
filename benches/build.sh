#!/usr/bin/env bash
# Benchmark: the full build of the bundled report (YAML → Markdown + DOCX)
# next to pandoc converting the same Markdown to DOCX, on this machine.
# Needs hyperfine and pandoc (apt-get install hyperfine pandoc) and GNU time
# (apt-get install time) for peak memory.
#   benches/build.sh            # prints the table, the stage medians and peak RSS
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --profile dist --quiet
bin=target/dist/baocao
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$bin build --out "$tmp/out" >/dev/null
md=$(ls "$tmp"/out/*.md)
hyperfine -N --warmup 5 --min-runs 60 --export-markdown "$tmp/bench.md" \
  -n "baocao build (YAML → MD + DOCX)" "$bin build --out $tmp/b" \
  -n "pandoc MD → DOCX" "pandoc -f markdown $md -o $tmp/p.docx" >&2
cat "$tmp/bench.md"
echo
echo "stages of baocao build (BAOCAO_TIMINGS=1; medians):"
python3 benches/stages.py 40 "$bin"
if [ -x /usr/bin/time ]; then
  rss=$(/usr/bin/time -f %M "$bin" build --out "$tmp/m" 2>&1 >/dev/null | tail -1)
  echo
  echo "peak RSS of baocao build: $((rss / 1024)) MiB ($rss KiB)"
fi
