//! Finding the ledger: `--ledger`, then `$HOURBANK_LEDGER`, then the nearest directory
//! at or above the working directory that holds `hourbank.toml`. A ledger found by
//! searching upward must belong to the user running hourbank (SPEC 12.7, as git's
//! `safe.directory`): a shared parent directory is nobody's to plant a ledger in.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::layout::SETTINGS;
use crate::error::Error;

pub fn find_ledger(
    explicit: Option<&Path>,
    env: Option<&Path>,
    cwd: &Path,
) -> Result<PathBuf, Error> {
    if let Some(dir) = explicit.or(env) {
        if dir.join(SETTINGS).is_file() {
            return Ok(dir.to_path_buf());
        }
        return Err(Error::NoLedgerAt(dir.to_path_buf()));
    }
    let mut here = Some(cwd);
    while let Some(dir) = here {
        let settings = dir.join(SETTINGS);
        if settings.is_file() {
            refuse_other_owner(dir, &settings)?;
            return Ok(dir.to_path_buf());
        }
        here = dir.parent();
    }
    Err(Error::NoLedger)
}

/// Refuses a ledger whose directory or `hourbank.toml` another user owns.
fn refuse_other_owner(dir: &Path, settings: &Path) -> Result<(), Error> {
    let me = rustix::process::geteuid().as_raw();
    for path in [dir, settings] {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.uid() != me {
            return Err(Error::with_hint(
                format!(
                    "{} was found above the working directory but belongs to another user (uid {}); it is not used",
                    path.display(),
                    meta.uid()
                ),
                format!(
                    "if you trust it, name it: --ledger {} or HOURBANK_LEDGER={}",
                    dir.display(),
                    dir.display()
                ),
            ));
        }
    }
    Ok(())
}
