//! Opening the ledger's own files: never through a symbolic link (SPEC 12.7), so that
//! a link committed to the repository cannot make hourbank read or write outside the
//! ledger directory.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::layout::TEMP_PREFIX;
use crate::error::Error;

/// `O_NOFOLLOW`: opening a symbolic link fails (ELOOP) instead of opening its target.
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
}

/// Opens a ledger file for reading.
pub fn open(path: &Path) -> std::io::Result<File> {
    no_follow(OpenOptions::new().read(true)).open(path).map_err(|e| explain(path, e))
}

/// Opens a ledger file for writing in place (a roll-back cuts it back).
pub fn open_write(path: &Path) -> std::io::Result<File> {
    no_follow(OpenOptions::new().write(true)).open(path).map_err(|e| explain(path, e))
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

/// Replaces a file's content atomically: a temporary file beside it (with the old
/// file's permissions) filled by `fill`, fsync, `before_rename` (given the new
/// content's length and SHA-256), rename, fsync of the directory.
pub fn replace(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    before_rename: impl FnOnce(u64, &Sha256) -> Result<(), Error>,
) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let io = |e| Error::io(path, e);
    let mut tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).tempfile_in(dir).map_err(io)?;
    match std::fs::metadata(path) {
        Ok(meta) => tmp.as_file().set_permissions(meta.permissions()).map_err(io)?,
        Err(_) => set_new_file_permissions(tmp.as_file()).map_err(io)?,
    }
    let (len, hasher) = {
        let mut hashing = Hashing {
            inner: std::io::BufWriter::new(tmp.as_file_mut()),
            hasher: Sha256::new(),
            len: 0,
        };
        fill(&mut hashing).and_then(|()| hashing.inner.flush()).map_err(io)?;
        (hashing.len, hashing.hasher)
    };
    tmp.as_file().sync_all().map_err(io)?;
    before_rename(len, &hasher)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    // The rename itself is durable once the directory is synced.
    File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}

/// A writer that also hashes what passes through it.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    len: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A new file gets the mode a file a person creates gets: 0666 less the umask (0644
/// by default), for the ledger's files and for `-o` and `export` alike (SPEC 12.6); a
/// temporary file starts private.
pub fn set_new_file_permissions(file: &File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o666 & !umask()))
}

/// The process's umask, read from `/proc/self/status` (setting it to read it would
/// race with other threads); 022 when it cannot be read.
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("Umask:"))?;
            u32::from_str_radix(line.trim_start_matches("Umask:").trim(), 8).ok()
        })
        .unwrap_or(0o022)
}

/// The largest logo embedded in a document.
pub const LOGO_MAX_BYTES: u64 = 1 << 20;

/// `[company] logo`: an image inside the ledger directory.
pub struct Logo {
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Reads `[company] logo` (`name`, relative to `dir`): a regular file inside the
/// ledger (no absolute path, no `..`, no symbolic link on the way), at most 1 MiB, a
/// PNG, JPEG or SVG by its first bytes. The error says which rule it breaks.
pub fn logo(dir: &Path, name: &str) -> Result<Logo, String> {
    use std::path::Component;
    let relative = Path::new(name);
    if name.is_empty() || relative.is_absolute() {
        return Err("must be a file inside the ledger directory, not an absolute path".into());
    }
    let mut path = dir.to_path_buf();
    for component in relative.components() {
        match component {
            Component::Normal(part) => {
                path.push(part);
                if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
                    return Err("is a symbolic link (it is never followed)".into());
                }
            }
            Component::CurDir => {}
            _ => return Err("must not leave the ledger directory (..)".into()),
        }
    }
    let mut file = open(&path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("is not a regular file".into());
    }
    if meta.len() > LOGO_MAX_BYTES {
        return Err(format!("is {} bytes, more than 1 MiB", meta.len()));
    }
    let mut bytes = Vec::new();
    (&mut file).take(LOGO_MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    let mime = image_type(&bytes).ok_or("is not a PNG, JPEG or SVG image (by its first bytes)")?;
    Ok(Logo { mime, bytes })
}

/// The type of an image by its first bytes: PNG, JPEG or SVG (an XML document whose
/// first element is `svg`).
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if bytes.starts_with(b"\xff\xd8\xff") {
        return Some("image/jpeg");
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    // The XML declaration, comments and a doctype may come before the root element.
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>")?.1.trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->")?.1.trim_start();
        } else if let Some(after) = rest.strip_prefix("<!DOCTYPE") {
            rest = after.split_once('>')?.1.trim_start();
        } else {
            break;
        }
    }
    let root = rest.strip_prefix("<svg")?;
    root.starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/').then_some("image/svg+xml")
}

#[cfg(test)]
mod tests {
    use super::image_type;

    #[test]
    fn images_are_known_by_their_first_bytes() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(image_type(b"\xff\xd8\xff\xe0"), Some("image/jpeg"));
        let svg = b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(image_type(svg), Some("image/svg+xml"));
        assert_eq!(image_type(b"<svgx>"), None);
        assert_eq!(image_type(b"HOME=/root\0PATH=/bin"), None);
        assert_eq!(image_type(b"GIF89a"), None);
        assert_eq!(image_type(b""), None);
    }
}
