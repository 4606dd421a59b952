#!/usr/bin/env python3
"""Where the time of `baocao build` goes: runs the build N times with
BAOCAO_TIMINGS=1 and prints, for each stage mark, the median and the first
quartile of its time since the start of `main` (milliseconds).

    benches/stages.py [N] [BINARY]      # defaults: 40, target/dist/baocao
"""
import os
import statistics
import subprocess
import sys
import tempfile

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
binary = sys.argv[2] if len(sys.argv) > 2 else "target/dist/baocao"
env = dict(os.environ, BAOCAO_TIMINGS="1")
marks = {}
with tempfile.TemporaryDirectory() as out:
    for _ in range(runs):
        p = subprocess.run([binary, "build", "--out", out], env=env,
                           capture_output=True, text=True, check=True)
        seen = set()
        for line in p.stderr.splitlines():
            if not line.startswith("timing "):
                continue
            _, ms, stage = line.split(None, 2)
            if stage not in seen:
                seen.add(stage)
                marks.setdefault(stage, []).append(float(ms))
print(f"{'median':>8} {'p25':>8}  stage ({runs} runs, ms since main)")
for stage, v in sorted(marks.items(), key=lambda kv: statistics.median(kv[1])):
    v.sort()
    print(f"{statistics.median(v):8.2f} {v[len(v) // 4]:8.2f}  {stage}")
