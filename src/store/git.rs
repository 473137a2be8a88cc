//! What the store asks git about the ledger's directory.

use std::path::Path;

/// Whether git tracks `name` in `dir` (false when `dir` is no git work tree or git
/// is not installed).
pub fn tracks(dir: &Path, name: &str) -> bool {
    std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["ls-files", "--error-unmatch", "--", name])
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
