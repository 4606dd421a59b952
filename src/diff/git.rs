//! The content as it was at an earlier git revision: every file under the
//! content directory at `REV`, written to a temporary directory (`git
//! ls-tree` and `git cat-file`; nothing in the working tree is touched).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::diag::Diagnostic;
use crate::t;

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
        .map_err(|e| t!("diff-git-cannot-run", reason = e))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

fn text(b: Vec<u8>) -> String {
    String::from_utf8_lossy(&b).trim().to_string()
}

/// True for `a/b.yaml`: a relative path of plain names (no `..`, `.`, empty
/// or absolute part, no backslash or NUL).
fn plain_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.contains(['\\', '\0'])
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Exports the content directory `content` (in a git work tree) as it was
/// at `rev`.
pub fn export(content: &Path, rev: &str) -> Result<Exported, Diagnostic> {
    let fail = |what: String, e: String| {
        Diagnostic::error("io", format!("{what}: {e}")).hint(t!("diff-git-hint"))
    };
    if !content.is_dir() {
        return Err(
            Diagnostic::error("io", t!("diff-git-no-content", dir = content.display()))
                .hint(t!("diff-git-no-content-hint")),
        );
    }
    let prefix = git(content, &["rev-parse", "--show-prefix"])
        .map(text)
        .map_err(|e| fail(t!("diff-git-not-a-repository", dir = content.display()), e))?;
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
    .map_err(|e| fail(t!("diff-git-no-revision", rev = rev), e))?;
    let short = git(content, &["rev-parse", "--short", &commit])
        .map(text)
        .unwrap_or_else(|_| commit.clone());
    let names = git(
        content,
        &["ls-tree", "-r", "-z", "--name-only", &commit, "--", "."],
    )
    .map_err(|e| fail(t!("diff-git-cannot-list", dir = prefix, rev = rev), e))?;
    let names: Vec<String> = names
        .split(|b| *b == 0)
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    // A tree entry is a path of plain names: a name like `..` (which git
    // itself never writes, but a crafted commit can hold) would put a file
    // outside the folder the revision is exported into. Checked before
    // anything is written.
    if let Some(bad) = names.iter().find(|n| !plain_relative(n)) {
        return Err(fail(
            t!("diff-git-bad-path", rev = rev, path = bad),
            t!("diff-git-bad-path-why"),
        ));
    }
    if names.is_empty() {
        return Err(fail(
            t!("diff-git-empty", rev = rev, dir = prefix),
            t!("diff-git-empty-why"),
        ));
    }
    let dir = tempfile::Builder::new()
        .prefix(".baocao-rev.")
        .tempdir()
        .map_err(|e| fail(t!("diff-git-no-temp"), e.to_string()))?;
    for name in &names {
        let blob = git(
            content,
            &["cat-file", "blob", &format!("{commit}:{prefix}{name}")],
        )
        .map_err(|e| {
            fail(
                t!(
                    "diff-git-cannot-read",
                    file = format!("{prefix}{name}"),
                    rev = rev
                ),
                e,
            )
        })?;
        let dest = dir.path().join(name);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                fail(
                    t!("build-cannot-write", file = parent.display()),
                    e.to_string(),
                )
            })?;
        }
        std::fs::write(&dest, blob).map_err(|e| {
            fail(
                t!("build-cannot-write", file = dest.display()),
                e.to_string(),
            )
        })?;
    }
    Ok(Exported {
        dir,
        label: format!("{rev}:{prefix}"),
        commit: short,
    })
}

/// The date of the newest commit that touched `content` (a directory in a
/// git work tree), if there is one.
pub fn newest_commit_date(content: &Path) -> Option<chrono::NaiveDate> {
    let out = git(content, &["log", "-1", "--format=%cs", "--", "."]).ok()?;
    chrono::NaiveDate::parse_from_str(&text(out), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tree_paths_are_plain_relative_names() {
        use super::plain_relative;
        assert!(plain_relative("economy.yaml"));
        assert!(plain_relative("sub/economy.yaml"));
        for bad in [
            "", "..", "../x", "a/../b", "/etc/x", "a//b", "./a", "a\\b", "a\0b",
        ] {
            assert!(!plain_relative(bad), "{bad:?}");
        }
    }
}
