//! HTML printed to PDF by a headless browser from the PATH (chromium, else
//! wkhtmltopdf): invoices and statements as a business sends them.

use crate::error::Error;

/// The browser that prints HTML to PDF: `chromium` (or `chromium-browser`,
/// `google-chrome`), else `wkhtmltopdf`, from the PATH.
pub fn printer() -> Option<(String, bool)> {
    let path = std::env::var_os("PATH")?;
    let found = |name: &str| std::env::split_paths(&path).any(|dir| dir.join(name).is_file());
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|n| found(n))
        .map(|n| (n.to_string(), true))
        .or_else(|| found("wkhtmltopdf").then(|| ("wkhtmltopdf".to_string(), false)))
}

/// The HTML invoice printed to PDF by a headless browser (in a temporary directory).
pub fn of_html(html: &[u8]) -> Result<Vec<u8>, Error> {
    let Some((browser, chrome)) = printer() else {
        return Err(Error::with_hint(
            "--format pdf needs chromium (or wkhtmltopdf) on the PATH, and neither is there",
            "write the HTML (`--format html -o invoice.html`) and print it to PDF from a browser",
        ));
    };
    let work = tempfile::Builder::new().prefix(".hourbank-tmp-").tempdir();
    let work = work.map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let (page, pdf) = (work.path().join("invoice.html"), work.path().join("invoice.pdf"));
    std::fs::write(&page, html).map_err(|e| Error::io(&page, e))?;
    let mut command = std::process::Command::new(&browser);
    if chrome {
        command.args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"]);
        command.arg(format!("--print-to-pdf={}", pdf.display()));
        command.arg(format!("file://{}", page.display()));
    } else {
        // It prints no CSS page-margin boxes: its own footer numbers the pages.
        command.args(["--quiet", "--page-size", "A4", "--footer-right", "page [page] of [topage]"]);
        command.args(["--footer-font-size", "8"]).arg(&page).arg(&pdf);
    }
    let out = command.output().map_err(|e| Error::refused(format!("{browser}: {e}")))?;
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    if !out.status.success() || bytes.is_empty() {
        return Err(Error::refused(format!(
            "{browser} did not print the invoice ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(bytes)
}
