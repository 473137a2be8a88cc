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

/// Whether git ignores `name` in `dir`: `None` when `dir` is no git work tree (or git
/// is not installed).
pub fn ignores(dir: &Path, name: &str) -> Option<bool> {
    let status = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["check-ignore", "-q", "--no-index", "--", name])
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    match status.code() {
        Some(0) => Some(true),
        Some(1) => Some(false),
        _ => None,
    }
}

/// Runs git in `dir` without a terminal prompt; `None` when git is not installed.
fn output(dir: &Path, args: &[&str]) -> Option<std::process::Output> {
    output_with_index(dir, None, args)
}

/// Like [`output`], with `index` as git's index file when given.
fn output_with_index(
    dir: &Path,
    index: Option<&Path>,
    args: &[&str],
) -> Option<std::process::Output> {
    let mut command = std::process::Command::new("git");
    if let Some(index) = index {
        command.env("GIT_INDEX_FILE", index);
    }
    command
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()
}

/// What a git command printed on stdout, trimmed, when it succeeded.
fn stdout(dir: &Path, args: &[&str]) -> Option<String> {
    let out = output(dir, args)?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}

/// The top of the git work tree that holds `dir` (`None`: no work tree, or no git).
pub fn top_level(dir: &Path) -> Option<std::path::PathBuf> {
    stdout(dir, &["rev-parse", "--show-toplevel"]).map(std::path::PathBuf::from)
}

/// A setting of the repository's config (`None` when unset).
pub fn config_get(dir: &Path, key: &str) -> Option<String> {
    stdout(dir, &["config", "--get", key])
}

/// Sets a setting in the repository's own config (`.git/config`).
pub fn config_set(dir: &Path, key: &str, value: &str) -> Result<(), String> {
    run(dir, &["config", "--local", key, value]).map(|_| ())
}

/// Where git keeps `name` in its directory (e.g. `hooks/pre-commit`, which
/// `core.hooksPath` may move).
pub fn git_path(dir: &Path, name: &str) -> Option<std::path::PathBuf> {
    let path = stdout(dir, &["rev-parse", "--git-path", name])?;
    Some(dir.join(path))
}

/// Runs git in `dir`: its stdout on success, else what it printed (stderr, then
/// stdout) as the error.
pub fn run(dir: &Path, args: &[&str]) -> Result<String, String> {
    run_with_index(dir, None, args)
}

/// Like [`run`], with `index` as git's index file when given (a commit of exactly
/// what was added there, whatever the user staged in the real index).
pub fn run_with_index(dir: &Path, index: Option<&Path>, args: &[&str]) -> Result<String, String> {
    let out = output_with_index(dir, index, args)
        .ok_or_else(|| "git is not installed (or not on the PATH)".to_string())?;
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).to_string());
    }
    let mut text = String::from_utf8_lossy(&out.stderr).trim_end().to_string();
    let more = String::from_utf8_lossy(&out.stdout).trim_end().to_string();
    if !more.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&more);
    }
    Err(text)
}

/// The patterns git must merge with hourbank's driver (as `init` writes them), each
/// with a file name that shows what git does with such files.
pub const MERGE_RULES: &[(&str, &str)] = &[("*.csv", "x.csv"), ("*.toml", "x.toml")];

/// The merge driver command that `git-setup` writes: the running binary by its
/// absolute path (git run from a GUI or cron may not find `hourbank` on its PATH).
pub fn driver_command(exe: &Path) -> String {
    format!("{} merge-driver %O %A %B %P", shell_quote(&exe.to_string_lossy()))
}

/// `text` quoted for `sh` (git runs a driver through the shell).
pub fn shell_quote(text: &str) -> String {
    if !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b"/._-+:@%".contains(&b))
    {
        return text.to_string();
    }
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// The merge attribute git gives a file named `name` in `dir` (`hourbank`, `union`,
/// `unspecified`, ...), `None` outside a work tree.
pub fn merge_attribute(dir: &Path, name: &str) -> Option<String> {
    let line = stdout(dir, &["check-attr", "merge", "--", name])?;
    Some(line.rsplit(": ").next().unwrap_or_default().to_string())
}
