//! # baocao
//!
//! baocao turns a Party committee's political report, kept as structured
//! YAML (one file per section), into Markdown and a DOCX in the Party's
//! document format. The pipeline, one module per stage, each taking the
//! previous stage's output:
//!
//! 1. [`content`] reads `report.yaml` and the section files into typed
//!    values, with the position of every value for located diagnostics;
//! 2. [`figures`] resolves the structured figures and derives what can be
//!    derived (percent of target, change against 2020, totals, growth);
//! 3. [`check`] compares the figures the draft states with the derived ones;
//! 4. [`render`] numbers the outline and renders everything through tera
//!    (the filters of [`filters`], on [`format`]) into one Markdown document;
//! 5. [`docx`] parses that Markdown into a small document tree and writes
//!    the DOCX from it (format profile, schema fix-ups, determinism);
//! 6. [`diff`] compares two drafts and writes a redline with tracked changes.
//!
//! [`build`] runs the stages and writes the outputs atomically; [`diag`]
//! holds the diagnostics every stage reports into; [`schema`] gives the
//! JSON Schemas of the content files, for editors.

#![allow(clippy::result_large_err)] // a Diagnostic is the error type, by design

pub mod build;
pub mod check;
pub mod content;
pub mod diag;
pub mod diff;
pub mod docx;

pub mod figures;
pub mod filters;
pub mod format;
pub mod render;
pub mod schema;
pub mod timing;
