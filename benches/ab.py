#!/usr/bin/env python3
"""Compares two (or more) baocao binaries on the full build of the bundled
report, run in turn — A, B, B, A, A, B … — so that the drift of a noisy
machine falls on all of them alike. Prints each one's mean, median, 10th
percentile and minimum wall time (ms, including process start-up).

    benches/ab.py N BINARY_A BINARY_B [BINARY_C …]

For example, to see what a change is worth, build the commit before it
into another target directory and compare:

    git worktree add /tmp/before HEAD~1
    (cd /tmp/before && cargo build --profile dist)
    benches/ab.py 150 /tmp/before/target/dist/baocao target/dist/baocao

Differences under about half a millisecond are within the noise of a
shared 2-core machine at 150 runs each.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

if len(sys.argv) < 4:
    sys.exit(__doc__)
runs = int(sys.argv[1])
binaries = [os.path.abspath(b) for b in sys.argv[2:]]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
times = {b: [] for b in binaries}
with tempfile.TemporaryDirectory() as out, open(os.devnull, "w") as null:
    def build(binary):
        t0 = time.perf_counter()
        subprocess.run([binary, "build", "--out", out], cwd=root,
                       stdout=null, stderr=null, check=True)
        return (time.perf_counter() - t0) * 1000

    for b in binaries:  # warm-up: the page cache, the output directory
        for _ in range(5):
            build(b)
    for i in range(runs):
        for b in binaries if i % 2 == 0 else binaries[::-1]:
            times[b].append(build(b))
for b in binaries:
    t = sorted(times[b])
    print(f"{b}\n  mean {statistics.mean(t):6.2f}  median {statistics.median(t):6.2f}"
          f"  p10 {t[len(t) // 10]:6.2f}  min {t[0]:6.2f}  ({runs} runs)")
