//! The pages `publish` writes besides each client's statement page (SPEC 15): the
//! site's empty root, and the office's overview of every client page.

use chrono::NaiveDate;

use super::html::escape;

/// The empty page at the site's root: a web server lists nothing.
pub const EMPTY_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title></title></head><body></body></html>\n";

/// One client of the office's overview.
pub struct OfficeRow<'a> {
    pub name: &'a str,
    /// The balance as the chosen time format prints it.
    pub balance: String,
    /// The link to its page, from the overview's folder.
    pub href: String,
    /// Its URL path in the site, `/TOKEN/`.
    pub path: String,
}

/// The office's overview: each client's name, balance and a link to its page.
pub fn office(rows: &[OfficeRow<'_>], as_of: NaiveDate) -> String {
    let mut body = String::new();
    for r in rows {
        body.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td><td><a href=\"{}\">{}</a></td></tr>\n",
            escape(r.name),
            escape(&r.balance),
            escape(&r.href),
            escape(&r.path)
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Client pages as of {as_of}</title>\n<style>body{{font-family:Helvetica,Arial,sans-serif}}td,th{{padding:.2em .8em;text-align:left}}.num{{text-align:right}}</style>\n</head>\n<body>\n<h1>Client pages as of {as_of}</h1>\n<table>\n<thead><tr><th>client</th><th>balance</th><th>page</th></tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</body>\n</html>\n"
    )
}
