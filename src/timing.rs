//! Stage timings, for the benchmark (docs/benchmark.md): with
//! `BAOCAO_TIMINGS=1` in the environment, the end of each stage of a build
//! is printed to stderr as `timing <ms since start> <stage>`, which
//! `benches/stages.py` turns into medians.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Prints the time since the first mark and `stage`, if asked for.
pub fn mark(stage: &str) {
    let start = START.get_or_init(|| std::env::var_os("BAOCAO_TIMINGS").map(|_| Instant::now()));
    if let Some(t0) = start {
        eprintln!("timing {:8.3} {stage}", t0.elapsed().as_secs_f64() * 1000.0);
    }
}
