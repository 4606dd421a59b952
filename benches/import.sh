#!/usr/bin/env bash
# Benchmark: `baocao import` of the reference draft (107 KB of text) into a
# fresh content tree — read, outline, figures, YAML written into a
# temporary directory, built once to make sure, renamed into place — from
# its text and from its two DOCX forms (LibreOffice: numbers typed; pandoc:
# Word's automatic numbering), and `baocao check` on the draft.
# Needs ../shared/seed beside the repository and hyperfine; LibreOffice and
# pandoc for the DOCX forms (skipped without them).
#   benches/import.sh     # prints the table and the stage medians
set -euo pipefail
cd "$(dirname "$0")/.."
draft=../shared/seed/bao-cao-chinh-tri-du-thao-lan-3.txt
[ -f "$draft" ] || { echo "no $draft" >&2; exit 2; }
[ -n "${BAOCAO_BENCH_NO_BUILD:-}" ] || cargo build --profile dist --quiet
bin=target/dist/baocao
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$draft" "$tmp/draft.txt"
runs=(-n "import .txt" "$bin import $tmp/draft.txt --out $tmp/out")
if command -v soffice >/dev/null; then
  soffice "-env:UserInstallation=file://$tmp/lo" --headless --convert-to docx --outdir "$tmp" "$tmp/draft.txt" >/dev/null 2>&1
  runs+=(-n "import .docx (LibreOffice, typed numbers)" "$bin import $tmp/draft.docx --out $tmp/out")
fi
if command -v pandoc >/dev/null; then
  awk '{print; print ""}' "$tmp/draft.txt" > "$tmp/draft.md"
  pandoc -f markdown -t docx -o "$tmp/pandoc.docx" "$tmp/draft.md"
  runs+=(-n "import .docx (pandoc, automatic numbering)" "$bin import $tmp/pandoc.docx --out $tmp/out")
fi
runs+=(-n "check .txt" "$bin check $tmp/draft.txt")
hyperfine -N --warmup 5 --min-runs 40 --prepare "rm -rf $tmp/out" \
  --export-markdown "$tmp/bench.md" "${runs[@]}" >&2
cat "$tmp/bench.md"
echo
echo "stages of baocao import .txt (BAOCAO_TIMINGS=1; medians of 20 runs, ms):"
for i in $(seq 20); do
  rm -rf "$tmp/out"
  BAOCAO_TIMINGS=1 "$bin" import "$tmp/draft.txt" --out "$tmp/out" 2>&1 >/dev/null | grep -E '^timing' || true
done | python3 -c '
import sys, statistics, collections
t = collections.OrderedDict()
for line in sys.stdin:
    parts = line.split()
    try:
        ms = float(parts[1]); name = " ".join(parts[2:])
    except (IndexError, ValueError):
        continue
    t.setdefault(name, []).append(ms)
for name, v in t.items():
    print(f"  {statistics.median(v):7.2f}  {name}")
'
