//! Finding the ledger: `--ledger`, then `$HOURBANK_LEDGER`, then the nearest directory
//! at or above the working directory that holds `hourbank.toml`.

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
        if dir.join(SETTINGS).is_file() {
            return Ok(dir.to_path_buf());
        }
        here = dir.parent();
    }
    Err(Error::NoLedger)
}
