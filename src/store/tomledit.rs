//! Comment-keeping edits of `clients.toml` and `people.toml` through toml_edit: only
//! the keys a command changes are touched; everything a person wrote stays as it was.

use toml_edit::{DocumentMut, InlineTable, Item, Table, value};

use crate::error::Error;

/// A new value for one key of a client table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Str(String),
    Int(i64),
    Bool(bool),
    /// An inline table of strings, like `{ mon = "8:00" }`.
    Inline(Vec<(String, String)>),
    /// Cancellation levels as `(notice_hours, charge_percent)`: written as
    /// `{ levels = [{ notice_hours = .., charge_percent = .. }, ..] }`.
    Levels(Vec<(String, String)>),
    Remove,
}

/// The text of the TOML file `name` of the ledger in `dir`, empty when it does not
/// exist yet (an edit creates it).
pub fn read_or_empty(dir: &std::path::Path, name: &str) -> Result<String, Error> {
    let path = dir.join(name);
    match super::files::read_text(&path) {
        Ok(t) => Ok(t.unwrap_or_default()),
        Err(e) => Err(Error::io(path, e)),
    }
}

fn parse(text: &str, file: &str) -> Result<DocumentMut, Error> {
    text.parse::<DocumentMut>()
        .map_err(|e| Error::refused(format!("{file}: invalid TOML: {}", e.message())))
}

/// Sets (or, with `create`, adds) `[clients.<id>]` with `fields`; returns the new text.
pub fn edit_client(
    text: &str,
    id: &str,
    fields: &[(&str, FieldValue)],
    create: bool,
) -> Result<String, Error> {
    edit_table(text, "clients.toml", &["clients", id], fields, create)
}

/// Sets (or, with `create`, adds) the table at `path` (like `["people", "alice",
/// "banks", "flex"]`) in `file`'s `text` with `fields`; returns the new text. Tables
/// above it that do not exist are implicit (no header of their own).
pub fn edit_table(
    text: &str,
    file: &str,
    path: &[&str],
    fields: &[(&str, FieldValue)],
    create: bool,
) -> Result<String, Error> {
    let mut doc = parse(text, file)?;
    let (name, parents) = path.split_last().expect("a table path is not empty");
    // In a file of comments only, the comments are the document's trailing text;
    // keep them above the first table rather than below it.
    let leading = doc.trailing().as_str().unwrap_or("").to_string();
    let first_table = create && doc.get(path[0]).is_none() && !leading.trim().is_empty();
    if first_table {
        doc.set_trailing("");
    }
    let mut parent = doc.as_table_mut();
    for (depth, key) in parents.iter().enumerate() {
        let dotted = path[..=depth].join(".");
        parent = parent
            .entry(key)
            .or_insert_with(|| {
                let mut t = Table::new();
                t.set_implicit(true);
                Item::Table(t)
            })
            .as_table_mut()
            .ok_or_else(|| Error::refused(format!("{file}: `{dotted}` is not a table")))?;
    }
    if create {
        let mut table = Table::new();
        let prefix = if first_table {
            format!("{}\n\n", leading.trim_end_matches('\n'))
        } else {
            "\n".to_string()
        };
        table.decor_mut().set_prefix(prefix);
        parent.insert(name, Item::Table(table));
    }
    let dotted = path.join(".");
    let table = parent
        .get_mut(name)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| Error::refused(format!("{file}: no table [{dotted}]")))?;
    for (key, new) in fields {
        match new {
            FieldValue::Str(s) => set_keep_decor(table, key, value(s.as_str())),
            FieldValue::Int(i) => set_keep_decor(table, key, value(*i)),
            FieldValue::Bool(b) => set_keep_decor(table, key, value(*b)),
            FieldValue::Inline(pairs) => {
                let mut inline = InlineTable::new();
                for (k, v) in pairs {
                    inline.insert(k, v.as_str().into());
                }
                set_keep_decor(table, key, value(inline));
            }
            FieldValue::Levels(levels) => {
                let mut array = toml_edit::Array::new();
                for (notice, percent) in levels {
                    let mut level = InlineTable::new();
                    level.insert("notice_hours", notice.as_str().into());
                    level.insert("charge_percent", percent.as_str().into());
                    array.push(level);
                }
                // A table written by hand keeps its comments: only `levels` changes.
                if let Some(sub) = table.get_mut(key).and_then(Item::as_table_mut) {
                    set_keep_decor(sub, "levels", value(array));
                } else {
                    let mut inline = InlineTable::new();
                    inline.insert("levels", toml_edit::Value::Array(array));
                    table.remove(key);
                    table.insert(key, value(inline));
                }
            }
            FieldValue::Remove => {
                table.remove(key);
            }
        }
    }
    Ok(doc.to_string())
}

/// Replaces a value in place, keeping the key, the comments above it and the
/// comment after the value.
fn set_keep_decor(table: &mut Table, key: &str, new: Item) {
    match table.get_mut(key) {
        Some(item) if item.is_value() => {
            let decor = item.as_value().map(|v| v.decor().clone()).unwrap_or_default();
            if let Ok(mut v) = new.into_value() {
                *v.decor_mut() = decor;
                *item = Item::Value(v);
            }
        }
        _ => {
            table.insert(key, new);
        }
    }
}

/// Removes `[clients.<id>]`; returns the new text.
pub fn remove_client(text: &str, id: &str) -> Result<String, Error> {
    remove_table(text, "clients.toml", &["clients", id])
}

/// Removes the table at `path` from `file`'s `text`; returns the new text.
pub fn remove_table(text: &str, file: &str, path: &[&str]) -> Result<String, Error> {
    let mut doc = parse(text, file)?;
    let (name, parents) = path.split_last().expect("a table path is not empty");
    let mut parent = Some(doc.as_table_mut());
    for key in parents {
        parent = parent.and_then(|t| t.get_mut(key)).and_then(Item::as_table_mut);
    }
    if parent.and_then(|t| t.remove(name)).is_none() {
        return Err(Error::refused(format!("{file}: no table [{}]", path.join("."))));
    }
    Ok(doc.to_string())
}

/// Applies `fields` to `[clients.<id>]` and writes `clients.toml` atomically.
pub fn write_client_fields(
    dir: &std::path::Path,
    id: &str,
    fields: &[(&str, FieldValue)],
    create: bool,
) -> Result<(), Error> {
    let text = read_or_empty(dir, super::layout::CLIENTS)?;
    let new_text = edit_client(&text, id, fields, create)?;
    super::write::write_atomic(&dir.join(super::layout::CLIENTS), new_text.as_bytes())
}

/// Sets the key at `path` (`["rounding", "minimum_minutes"]`) of `file`'s `text` to
/// `new`, or removes it (`None`), creating the tables on the way as `[table]` headers
/// and keeping every comment; returns the new text.
pub fn set_key(
    text: &str,
    file: &str,
    path: &[&str],
    new: Option<toml_edit::Value>,
) -> Result<String, Error> {
    let mut doc = parse(text, file)?;
    let (key, tables) = path.split_last().expect("a key path is not empty");
    // A new table goes at the end, after the comments that end the file (a new
    // hourbank.toml is all comments).
    let mut trailing = String::new();
    if new.is_some() && !tables.is_empty() && doc.get(tables[0]).is_none() {
        trailing = doc.trailing().as_str().unwrap_or("").trim_end_matches('\n').to_string();
        doc.set_trailing("");
    }
    let mut table: &mut dyn toml_edit::TableLike = doc.as_table_mut();
    for (depth, name) in tables.iter().enumerate() {
        let dotted = path[..=depth].join(".");
        if table.get(name).is_none() {
            if new.is_none() {
                return Ok(text.to_string());
            }
            let mut t = Table::new();
            // A new sub-table of a new table stays implicit: one header for both.
            t.set_implicit(depth + 1 < tables.len());
            let prefix = if depth == 0 && !trailing.is_empty() {
                format!("{trailing}\n\n")
            } else {
                "\n".to_string()
            };
            t.decor_mut().set_prefix(prefix);
            table.insert(name, Item::Table(t));
        }
        table = table
            .get_mut(name)
            .and_then(Item::as_table_like_mut)
            .ok_or_else(|| Error::refused(format!("{file}: `{dotted}` is not a table")))?;
    }
    match new {
        Some(v) => match table.get_mut(key) {
            Some(item) if item.is_value() => {
                let decor = item.as_value().map(|v| v.decor().clone()).unwrap_or_default();
                let mut v = v;
                *v.decor_mut() = decor;
                *item = Item::Value(v);
            }
            _ => {
                table.insert(key, Item::Value(v));
            }
        },
        None => {
            table.remove(key);
            // A table left empty goes too, unless a comment heads it.
            if table.is_empty()
                && let Some((name, parents)) = tables.split_last()
            {
                let mut parent: &mut dyn toml_edit::TableLike = doc.as_table_mut();
                for p in parents {
                    match parent.get_mut(p).and_then(Item::as_table_like_mut) {
                        Some(t) => parent = t,
                        None => return Ok(doc.to_string()),
                    }
                }
                let prefix = parent
                    .get(name)
                    .and_then(Item::as_table)
                    .and_then(|t| t.decor().prefix())
                    .and_then(|p| p.as_str())
                    .unwrap_or("")
                    .to_string();
                // The comments above it stay where they were: above the table that
                // follows, or at the end of the file.
                let keys: Vec<String> = parent.iter().map(|(k, _)| k.to_string()).collect();
                let at = keys.iter().position(|k| k == name).unwrap_or(keys.len());
                let next =
                    keys[at + 1..].iter().find(|k| parent.get(k).is_some_and(Item::is_table));
                if !prefix.contains('#') {
                    parent.remove(name);
                } else if let Some(next) = next.cloned() {
                    parent.remove(name);
                    if let Some(t) = parent.get_mut(&next).and_then(Item::as_table_mut) {
                        let own =
                            t.decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
                        let own = own.trim_start_matches('\n');
                        t.decor_mut()
                            .set_prefix(format!("{}\n\n{own}", prefix.trim_end_matches('\n')));
                    }
                } else if parents.is_empty() {
                    parent.remove(name);
                    let end = doc.trailing().as_str().unwrap_or("").to_string();
                    doc.set_trailing(format!("{}\n{end}", prefix.trim_end_matches('\n')));
                }
            }
        }
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_comments_when_setting() {
        let text = "# our clients\n\n[clients.acme] # big one\n# the name\nname = \"Acme\"  # legal name\nrate = \"95.00\"\n";
        let out = edit_client(
            text,
            "acme",
            &[
                ("name", FieldValue::Str("Acme Corp".into())),
                ("email", FieldValue::Str("a@b.c".into())),
            ],
            false,
        )
        .unwrap();
        assert!(out.contains("# our clients"));
        assert!(out.contains("# big one"));
        assert!(out.contains("# the name\nname = \"Acme Corp\"  # legal name"), "{out}");
        assert!(out.contains("email = \"a@b.c\""));
    }

    #[test]
    fn adds_and_removes_tables() {
        let out = edit_client("", "acme", &[("name", FieldValue::Str("A".into()))], true).unwrap();
        assert!(out.contains("[clients.acme]"), "{out}");
        assert!(!out.contains("[clients]\n"), "{out}");
        let out = remove_client(&out, "acme").unwrap();
        assert!(!out.contains("acme"));
    }

    #[test]
    fn nested_tables_are_added_under_implicit_parents_and_keep_comments() {
        let text = "# the team\n\n[people.alice] # lead\nname = \"Alice\"\n";
        let fields = [
            ("rule", FieldValue::Str("weekly-overtime".into())),
            ("include_time_off", FieldValue::Bool(true)),
        ];
        let out =
            edit_table(text, "people.toml", &["people", "alice", "banks", "flex"], &fields, true)
                .unwrap();
        assert_eq!(
            out,
            "# the team\n\n[people.alice] # lead\nname = \"Alice\"\n\n[people.alice.banks.flex]\nrule = \"weekly-overtime\"\ninclude_time_off = true\n"
        );
        let schedule = FieldValue::Inline(vec![("mon".into(), "8:00".into())]);
        let out =
            edit_table(&out, "people.toml", &["people", "alice"], &[("schedule", schedule)], false)
                .unwrap();
        assert!(
            out.contains("schedule = { mon = \"8:00\" }\n\n[people.alice.banks.flex]"),
            "{out}"
        );
        let out = remove_table(&out, "people.toml", &["people", "alice", "banks", "flex"]).unwrap();
        assert!(!out.contains("flex") && out.contains("# lead"), "{out}");
    }
}
