//! The content as it was at an earlier git revision: every file under the
//! content directory at `REV`, written to a temporary directory (`git
//! ls-tree` and `git cat-file`; nothing in the working tree is touched).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::diag::Diagnostic;

/// Content exported from a revision. The directory is removed on drop.
pub struct Exported {
    pub dir: tempfile::TempDir,
    /// Shown in place of the temporary directory: `HEAD~1:content/`.
    pub label: String,
    /// The short id of the commit: `ffaa17e`.
    pub commit: String,
}

impl Exported {
    pub fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

fn text(b: Vec<u8>) -> String {
    String::from_utf8_lossy(&b).trim().to_string()
}

/// Exports the content directory `content` (in a git work tree) as it was
/// at `rev`.
pub fn export(content: &Path, rev: &str) -> Result<Exported, Diagnostic> {
    let fail = |what: String, e: String| {
        Diagnostic::error("io", format!("{what}: {e}"))
            .hint("--from-rev compares against the content as committed in git at REV, e.g. HEAD~1, a tag or a commit id")
    };
    if !content.is_dir() {
        return Err(Diagnostic::error("io", format!("the content directory {} does not exist", content.display()))
            .hint("pass the NEW content directory after --from-rev REV, or run in the directory holding content/"));
    }
    let prefix = git(content, &["rev-parse", "--show-prefix"])
        .map(text)
        .map_err(|e| {
            fail(
                format!("{} is not in a git repository", content.display()),
                e,
            )
        })?;
    let commit = git(
        content,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map(text)
    .map_err(|e| fail(format!("no revision `{rev}`"), e))?;
    let short = git(content, &["rev-parse", "--short", &commit])
        .map(text)
        .unwrap_or_else(|_| commit.clone());
    let names = git(
        content,
        &["ls-tree", "-r", "-z", "--name-only", &commit, "--", "."],
    )
    .map_err(|e| fail(format!("cannot list {prefix} at {rev}"), e))?;
    let names: Vec<String> = names
        .split(|b| *b == 0)
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    if names.is_empty() {
        return Err(fail(
            format!("there is no content at `{rev}:{prefix}`"),
            "the directory is empty or did not exist at that revision".into(),
        ));
    }
    let dir = tempfile::Builder::new()
        .prefix(".baocao-rev.")
        .tempdir()
        .map_err(|e| fail("cannot make a temporary directory".into(), e.to_string()))?;
    for name in &names {
        let blob = git(
            content,
            &["cat-file", "blob", &format!("{commit}:{prefix}{name}")],
        )
        .map_err(|e| fail(format!("cannot read {prefix}{name} at {rev}"), e))?;
        let dest = dir.path().join(name);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| fail(format!("cannot write {}", parent.display()), e.to_string()))?;
        }
        std::fs::write(&dest, blob)
            .map_err(|e| fail(format!("cannot write {}", dest.display()), e.to_string()))?;
    }
    Ok(Exported {
        dir,
        label: format!("{rev}:{prefix}"),
        commit: short,
    })
}
