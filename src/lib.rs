//! # baocao
//!
//! baocao turns a Party committee's political report, kept as structured
//! YAML (one file per section), into Markdown and a DOCX in the Party's
//! document format. The pipeline, one module per stage, each taking the
//! previous stage's output (docs/architecture.md):
//!
//! 1. [`content`] reads `report.yaml` and the section files into typed
//!    values (serde_yaml's errors become located diagnostics there);
//! 2. [`figures`] resolves the structured figures and derives what can be
//!    derived (percent of target, change against 2020, totals, growth);
//! 3. [`numbered`] turns the outline and the section files' material into
//!    the numbered report: every part, chapter, section, item, target and
//!    paragraph with its computed number, its template text and its source;
//!    [`appendix`] computes the appendices' tables (Phụ lục) from the
//!    figures and the numbered report;
//! 4. [`render`] renders the numbered report through tera (the filters of
//!    [`filters`], on [`format`]) into one Markdown document;
//! 5. [`check`] compares the figures the draft states with the derived
//!    ones, and the numbers the draft states with the computed ones;
//! 6. [`docx`] parses that Markdown into a small document tree and writes
//!    the DOCX from it (format profile, schema fix-ups, determinism);
//! 7. [`diff`] compares two drafts and writes a redline with tracked changes.
//!
//! [`build`] runs the stages and writes the outputs atomically; [`diag`]
//! (a leaf: it imports no stage) holds the diagnostics every stage reports
//! into.

#![allow(clippy::result_large_err)] // a Diagnostic is the error type, by design

pub mod appendix;
pub mod build;
pub mod check;
pub mod content;
pub mod diag;
pub mod diff;
pub mod docx;
pub mod figures;
pub mod filters;
pub mod format;
pub mod i18n;
pub mod import;
pub mod numbered;
pub mod provenance;
pub mod render;
pub mod review;
pub mod timing;

/// The JSON Schemas of the content files (see [`content::schema`]).
pub use content::schema;
