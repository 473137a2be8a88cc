//! Comment-keeping edits of `clients.toml` through toml_edit: only the keys a command
//! changes are touched; everything a person wrote stays as it was.

use toml_edit::{DocumentMut, Item, Table, value};

use crate::error::Error;

/// A new value for one key of a client table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Str(String),
    Int(i64),
    Remove,
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
    let mut doc = parse(text, "clients.toml")?;
    // In a file of comments only, the comments are the document's trailing text;
    // keep them above the first table rather than below it.
    let leading = doc.trailing().as_str().unwrap_or("").to_string();
    let first_table = create && doc.get("clients").is_none() && !leading.trim().is_empty();
    if first_table {
        doc.set_trailing("");
    }
    let clients = doc
        .entry("clients")
        .or_insert_with(|| {
            let mut t = Table::new();
            t.set_implicit(true);
            Item::Table(t)
        })
        .as_table_mut()
        .ok_or_else(|| Error::refused("clients.toml: `clients` is not a table"))?;
    if create {
        let mut table = Table::new();
        let prefix = if first_table {
            format!("{}\n\n", leading.trim_end_matches('\n'))
        } else {
            "\n".to_string()
        };
        table.decor_mut().set_prefix(prefix);
        clients.insert(id, Item::Table(table));
    }
    let table = clients
        .get_mut(id)
        .and_then(Item::as_table_mut)
        .ok_or_else(|| Error::refused(format!("clients.toml: no table [clients.{id}]")))?;
    for (key, new) in fields {
        match new {
            FieldValue::Str(s) => set_keep_decor(table, key, value(s.as_str())),
            FieldValue::Int(i) => set_keep_decor(table, key, value(*i)),
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
    let mut doc = parse(text, "clients.toml")?;
    let removed = doc.get_mut("clients").and_then(Item::as_table_mut).and_then(|t| t.remove(id));
    if removed.is_none() {
        return Err(Error::refused(format!("clients.toml: no table [clients.{id}]")));
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
}
