//! Opening the ledger's own files: never through a symbolic link (SPEC 12.7), so that
//! a link committed to the repository cannot make hourbank read or write outside the
//! ledger directory.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// `O_NOFOLLOW`: opening a symbolic link fails (ELOOP) instead of opening its target.
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
}

/// Opens a ledger file for reading.
pub fn open(path: &Path) -> std::io::Result<File> {
    no_follow(OpenOptions::new().read(true)).open(path).map_err(|e| explain(path, e))
}

/// Opens (or creates) a ledger file for appending.
pub fn open_append(path: &Path) -> std::io::Result<File> {
    no_follow(OpenOptions::new().create(true).append(true)).open(path).map_err(|e| explain(path, e))
}

/// The whole content of a ledger file; `None` when it does not exist.
pub fn read(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match open(path) {
        Ok(mut file) => {
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)?;
            Ok(Some(bytes))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The whole content of a ledger file as text; `None` when it does not exist.
pub fn read_text(path: &Path) -> std::io::Result<Option<String>> {
    read(path)?
        .map(|bytes| {
            String::from_utf8(bytes).map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, "not valid UTF-8")
            })
        })
        .transpose()
}

/// The OS says "too many levels of symbolic links" for a link opened with
/// `O_NOFOLLOW`: say what it means here.
fn explain(path: &Path, e: std::io::Error) -> std::io::Error {
    let is_link = path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        return std::io::Error::other(
            "is a symbolic link: a ledger file must be a regular file inside the ledger (it is never followed)",
        );
    }
    e
}
