//! Stage timings, for the benchmark (docs/benchmark.md): with
//! `BAOCAO_TIMINGS=1` in the environment, the end of each stage of a build
//! is printed to stderr as `timing <ms since start> <stage>`, which
//! `benches/stages.py` turns into medians. Without it a mark costs one
//! cached look-up.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// When timing started (the first mark), if timings are asked for.
pub fn start() -> Option<Instant> {
    *START.get_or_init(|| std::env::var_os("BAOCAO_TIMINGS").map(|_| Instant::now()))
}

/// Prints the time since the first mark and `stage`, if asked for.
pub fn mark(stage: &str) {
    if let Some(t0) = start() {
        eprintln!("timing {:8.3} {stage}", t0.elapsed().as_secs_f64() * 1000.0);
    }
}

/// `tmark!("stage")`: [`mark`]; the label is only built when timings are
/// on.
#[macro_export]
macro_rules! tmark {
    ($l:expr) => {
        if $crate::timing::start().is_some() {
            $crate::timing::mark(&$l);
        }
    };
}
