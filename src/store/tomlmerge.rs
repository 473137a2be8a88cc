//! A three-way merge of TOML files by key, for git's merge driver: two branches that
//! each add a client (both tables land at the end of `clients.toml`) merge cleanly;
//! only a key both sides changed differently is a conflict. Comments and layout come
//! from our side, with their side's new tables, changed values and changed comments
//! taken over. Pure: text in, text out.

use std::fmt::Write as _;

use similar::{ChangeTag, TextDiff};
use toml_edit::{DocumentMut, Item, Table, Value};

/// The result of a merge: the merged text, and whether conflicts are marked in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    /// The dotted keys both sides changed differently (marked in `text`).
    pub conflicts: Vec<String>,
}

/// Why a merge by key is not possible (a side is not valid TOML, or beyond the
/// bounds of a ledger file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{side} {message}")]
pub struct MergeError {
    pub side: &'static str,
    pub message: String,
    /// The side is beyond the bounds of a ledger file: not worth a line diff either.
    pub too_large: bool,
}

/// Which side wins a conflict while one version of the merged text is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Winner {
    Ours,
    Theirs,
}

/// Merges `ours` and `theirs`, both descended from `base`, table by table and key by
/// key. Where both sides changed the same key differently, the text shows our and
/// their version between conflict markers, as git does.
pub fn merge(base: &str, ours: &str, theirs: &str) -> Result<Merged, MergeError> {
    let parse = |side, text: &str| {
        text.parse::<DocumentMut>().map_err(|e| MergeError {
            side,
            message: format!("is not valid TOML: {}", e.message().trim()),
            too_large: false,
        })
    };
    let base = parse("the common ancestor", base)?;
    let ours_doc = parse("our side", ours)?;
    let theirs = parse("their side", theirs)?;
    // A bound that costs nothing: a side with more keys than a ledger may have is
    // not merged key by key.
    let limit = super::tomlread::MAX_KEYS;
    for (side, doc) in
        [("the common ancestor", &base), ("our side", &ours_doc), ("their side", &theirs)]
    {
        if super::tomlread::count_keys(doc.as_table(), limit + 1) > limit {
            return Err(MergeError {
                side,
                message: format!("has more than {limit} keys"),
                too_large: true,
            });
        }
    }
    let mut conflicts = Vec::new();
    let with_ours = merged_doc(&base, &ours_doc, &theirs, Winner::Ours, &mut conflicts);
    if conflicts.is_empty() {
        return Ok(Merged { text: with_ours, conflicts });
    }
    let with_theirs = merged_doc(&base, &ours_doc, &theirs, Winner::Theirs, &mut Vec::new());
    Ok(Merged { text: mark_conflicts(&with_ours, &with_theirs), conflicts })
}

fn merged_doc(
    base: &DocumentMut,
    ours: &DocumentMut,
    theirs: &DocumentMut,
    winner: Winner,
    conflicts: &mut Vec<String>,
) -> String {
    let mut doc = ours.clone();
    let mut next_position = max_position(doc.as_table()) + 1;
    let mut merge = Merge { winner, conflicts, next_position: &mut next_position };
    merge.table(Some(base.as_table()), doc.as_table_mut(), theirs.as_table(), "");
    doc.to_string()
}

struct Merge<'a> {
    winner: Winner,
    conflicts: &'a mut Vec<String>,
    /// The document position the next table taken from their side gets (after ours).
    next_position: &'a mut isize,
}

impl Merge<'_> {
    /// Merges `theirs` into `ours` (which starts as our side), against `base`.
    fn table(&mut self, base: Option<&Table>, ours: &mut Table, theirs: &Table, path: &str) {
        let mut keys: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
        for (k, _) in theirs.iter().chain(base.into_iter().flat_map(Table::iter)) {
            if !keys.iter().any(|known| known == k) {
                keys.push(k.to_string());
            }
        }
        for key in keys {
            let b = base.and_then(|t| t.get(&key));
            let t = theirs.get(&key);
            let o = ours.get(&key);
            let dotted = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            if let (Some(Item::Table(ours_sub)), Some(Item::Table(theirs_sub))) = (o, t)
                && b.is_none()
                && holds_values(ours_sub)
                && holds_values(theirs_sub)
                && !same(o, t)
            {
                // One table added on both sides under one key (two clones that each
                // `client add acme`): one conflict of the whole table, never a mix
                // of both sides' keys (SPEC 12.1).
                self.conflicts.push(dotted);
                if self.winner == Winner::Theirs {
                    self.take_theirs(base, ours, theirs, &key);
                }
            } else if let (Some(Item::Table(_)), Some(Item::Table(theirs_sub))) = (o, t) {
                // Tables on both sides merge key by key, whatever else changed, so that
                // neither side's comments or changes further down are lost.
                let base_sub = b.and_then(Item::as_table);
                self.comments(base, ours, theirs, &key);
                if let Some(ours_sub) = ours.get_mut(&key).and_then(Item::as_table_mut) {
                    self.table(base_sub, ours_sub, theirs_sub, &dotted);
                }
            } else if same(o, t) {
                self.comments(base, ours, theirs, &key);
            } else if same(o, b) {
                self.take_theirs(base, ours, theirs, &key);
            } else if same(t, b) {
            } else {
                self.conflicts.push(dotted);
                if self.winner == Winner::Theirs {
                    self.take_theirs(base, ours, theirs, &key);
                }
            }
        }
    }

    /// Makes `key` of `ours` what it is in `theirs` (removed when it is absent there).
    fn take_theirs(&mut self, base: Option<&Table>, ours: &mut Table, theirs: &Table, key: &str) {
        match theirs.get_key_value(key) {
            None => {
                ours.remove(key);
            }
            Some((k, item)) => {
                let mut item = item.clone();
                let shift = *self.next_position - min_position(&item).unwrap_or(0);
                shift_positions(&mut item, shift);
                *self.next_position = max_position_of(&item).map_or(*self.next_position, |p| p + 1);
                if ours.contains_key(key) {
                    let at = ours.get_mut(key).expect("checked above");
                    // A table keeps its place in our file; its content is theirs. A value
                    // keeps the comment after it when only we changed that comment.
                    match (&*at, &mut item) {
                        (Item::Table(mine), Item::Table(new)) => new.set_position(mine.position()),
                        (Item::Value(mine), Item::Value(new)) => {
                            let base_decor = base
                                .and_then(|b| b.get(key))
                                .and_then(Item::as_value)
                                .map(|v| decor_text(v.decor()));
                            if base_decor.is_some_and(|d| d != decor_text(mine.decor())) {
                                *new.decor_mut() = mine.decor().clone();
                            }
                        }
                        _ => {}
                    }
                    *at = item;
                    if let Some(mut ours_key) = ours.key_mut(key)
                        && base.and_then(|b| b.key(key)).map(|b| decor_text(b.leaf_decor()))
                            == Some(decor_text(ours_key.leaf_decor()))
                    {
                        *ours_key.leaf_decor_mut() = k.leaf_decor().clone();
                    }
                } else {
                    ours.insert_formatted(k, item);
                }
            }
        }
    }

    /// Both sides agree on the value of `key`: takes their comments where only they
    /// changed them.
    fn comments(&mut self, base: Option<&Table>, ours: &mut Table, theirs: &Table, key: &str) {
        let Some(base) = base else { return };
        let (Some(b), Some(t)) = (base.key(key), theirs.key(key)) else { return };
        if let Some(mut o) = ours.key_mut(key)
            && decor_text(o.leaf_decor()) == decor_text(b.leaf_decor())
            && decor_text(t.leaf_decor()) != decor_text(b.leaf_decor())
        {
            *o.leaf_decor_mut() = t.leaf_decor().clone();
        }
        let decor_of = |item: Option<&Item>| match item {
            Some(Item::Table(t)) => Some(t.decor().clone()),
            Some(Item::Value(v)) => Some(v.decor().clone()),
            _ => None,
        };
        let (Some(bd), Some(td)) = (decor_of(base.get(key)), decor_of(theirs.get(key))) else {
            return;
        };
        let od = decor_of(ours.get(key));
        if od.as_ref().map(decor_text) == Some(decor_text(&bd))
            && decor_text(&td) != decor_text(&bd)
        {
            match ours.get_mut(key) {
                Some(Item::Table(t)) => *t.decor_mut() = td,
                Some(Item::Value(v)) => *v.decor_mut() = td,
                _ => {}
            }
        }
    }
}

fn decor_text(decor: &toml_edit::Decor) -> (String, String) {
    let text =
        |raw: Option<&toml_edit::RawString>| raw.and_then(|r| r.as_str()).unwrap_or("").to_string();
    (text(decor.prefix()), text(decor.suffix()))
}

/// Whether two items hold the same data, whatever their layout and comments.
/// Whether a table holds values of its own (not only tables, as `clients` of
/// `[clients.acme]` does).
fn holds_values(table: &Table) -> bool {
    table.iter().any(|(_, item)| !item.is_table() && !item.is_array_of_tables())
}

fn same(a: Option<&Item>, b: Option<&Item>) -> bool {
    let a = a.filter(|i| !i.is_none());
    let b = b.filter(|i| !i.is_none());
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => canonical(a) == canonical(b),
        _ => false,
    }
}

fn canonical(item: &Item) -> String {
    let mut out = String::new();
    write_item(&mut out, item);
    out
}

fn write_item(out: &mut String, item: &Item) {
    match item {
        Item::None => {}
        Item::Value(v) => write_value(out, v),
        Item::Table(t) => {
            let mut entries: Vec<(&str, &Item)> = t.iter().collect();
            entries.sort_by_key(|(k, _)| *k);
            out.push('{');
            for (k, v) in entries {
                let _ = write!(out, "{k:?}=");
                write_item(out, v);
                out.push(',');
            }
            out.push('}');
        }
        Item::ArrayOfTables(a) => {
            out.push('[');
            for t in a.iter() {
                write_item(out, &Item::Table(t.clone()));
                out.push(',');
            }
            out.push(']');
        }
    }
}

fn write_value(out: &mut String, value: &Value) {
    match value {
        Value::String(s) => {
            let _ = write!(out, "s{:?}", s.value());
        }
        Value::Integer(i) => {
            let _ = write!(out, "i{}", i.value());
        }
        Value::Float(f) => {
            let _ = write!(out, "f{}", f.display_repr());
        }
        Value::Boolean(b) => {
            let _ = write!(out, "b{}", b.value());
        }
        Value::Datetime(d) => {
            let _ = write!(out, "d{}", d.value());
        }
        Value::Array(a) => {
            out.push('[');
            for v in a.iter() {
                write_value(out, v);
                out.push(',');
            }
            out.push(']');
        }
        Value::InlineTable(t) => {
            let mut entries: Vec<(&str, &Value)> = t.iter().collect();
            entries.sort_by_key(|(k, _)| *k);
            out.push('{');
            for (k, v) in entries {
                let _ = write!(out, "{k:?}=");
                write_value(out, v);
                out.push(',');
            }
            out.push('}');
        }
    }
}

/// The largest table position in `table` and below (-1 when none).
fn max_position(table: &Table) -> isize {
    let mut max = table.position().unwrap_or(-1);
    for (_, item) in table.iter() {
        if let Some(p) = max_position_of(item) {
            max = max.max(p);
        }
    }
    max
}

fn max_position_of(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => Some(max_position(t)).filter(|&p| p >= 0),
        Item::ArrayOfTables(a) => a.iter().map(max_position).max().filter(|&p| p >= 0),
        _ => None,
    }
}

fn min_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(t) => {
            let below = t.iter().filter_map(|(_, i)| min_position(i)).min();
            match (t.position(), below) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            }
        }
        Item::ArrayOfTables(a) => {
            a.iter().filter_map(|t| min_position(&Item::Table(t.clone()))).min()
        }
        _ => None,
    }
}

/// Moves the tables of an item taken from their side after ours, keeping their order.
fn shift_positions(item: &mut Item, by: isize) {
    match item {
        Item::Table(t) => shift_table(t, by),
        Item::ArrayOfTables(a) => {
            for t in a.iter_mut() {
                shift_table(t, by);
            }
        }
        _ => {}
    }
}

fn shift_table(table: &mut Table, by: isize) {
    if let Some(p) = table.position() {
        table.set_position(Some(p + by));
    }
    for (_, item) in table.iter_mut() {
        shift_positions(item, by);
    }
}

/// The text with our version where the two differ, between conflict markers (also
/// the whole-file fallback when a side is not valid TOML).
pub fn mark_conflicts(ours: &str, theirs: &str) -> String {
    let diff = TextDiff::from_lines(ours, theirs);
    let mut out = String::with_capacity(ours.len() + 64);
    let (mut mine, mut yours) = (String::new(), String::new());
    let flush = |out: &mut String, mine: &mut String, yours: &mut String| {
        if mine.is_empty() && yours.is_empty() {
            return;
        }
        out.push_str("<<<<<<< ours\n");
        out.push_str(mine);
        out.push_str("=======\n");
        out.push_str(yours);
        out.push_str(">>>>>>> theirs\n");
        mine.clear();
        yours.clear();
    };
    // Lines both sides share between two differences, when there are few of them
    // (one table's keys), join the two into one conflict, as git's merge does.
    const JOIN: usize = 3;
    let mut shared: Vec<String> = Vec::new();
    for change in diff.iter_all_changes() {
        let mut line = change.value().to_string();
        if !line.ends_with('\n') {
            line.push('\n');
        }
        match change.tag() {
            ChangeTag::Equal if mine.is_empty() && yours.is_empty() => out.push_str(&line),
            ChangeTag::Equal => shared.push(line),
            tag => {
                if !shared.is_empty() {
                    // Within one table (no table header between), always: a table both
                    // sides added is one conflict, never hunks to mix.
                    let one_table = !shared.iter().any(|l| l.trim_start().starts_with('['));
                    if shared.len() <= JOIN || one_table {
                        for l in shared.drain(..) {
                            mine.push_str(&l);
                            yours.push_str(&l);
                        }
                    } else {
                        flush(&mut out, &mut mine, &mut yours);
                        out.extend(shared.drain(..));
                    }
                }
                if tag == ChangeTag::Delete { mine.push_str(&line) } else { yours.push_str(&line) }
            }
        }
    }
    flush(&mut out, &mut mine, &mut yours);
    out.extend(shared.drain(..));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str =
        "# our clients\n\n[clients.acme]\nname = \"Acme\"  # legal name\nrate = \"95.00\"\n";

    #[test]
    fn tables_added_on_both_sides_merge_with_their_comments() {
        let ours = format!("{BASE}\n# from the fair\n[clients.north]\nname = \"North\"\n");
        let theirs = format!("{BASE}\n# a referral\n[clients.south]\nname = \"South\"\n");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(
            merged.text,
            format!(
                "{BASE}\n# from the fair\n[clients.north]\nname = \"North\"\n\n# a referral\n[clients.south]\nname = \"South\"\n"
            )
        );
    }

    #[test]
    fn different_keys_of_one_table_merge() {
        let ours = BASE.replace("rate = \"95.00\"", "rate = \"99.00\"");
        let theirs = BASE.replace("name = \"Acme\"", "name = \"Acme Corp\"")
            + "email = \"ops@acme.example\"  # billing\n";
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert!(merged.conflicts.is_empty(), "{merged:?}");
        assert_eq!(
            merged.text,
            "# our clients\n\n[clients.acme]\nname = \"Acme Corp\"  # legal name\nrate = \"99.00\"\nemail = \"ops@acme.example\"  # billing\n"
        );
    }

    #[test]
    fn the_same_key_changed_on_both_sides_is_a_conflict_with_markers() {
        let ours = BASE.replace("rate = \"95.00\"", "rate = \"99.00\"");
        let theirs = BASE.replace("rate = \"95.00\"", "rate = \"120.00\"");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert_eq!(merged.conflicts, ["clients.acme.rate"]);
        assert_eq!(
            merged.text,
            "# our clients\n\n[clients.acme]\nname = \"Acme\"  # legal name\n<<<<<<< ours\nrate = \"99.00\"\n=======\nrate = \"120.00\"\n>>>>>>> theirs\n"
        );
    }

    #[test]
    fn a_removal_merges_unless_the_other_side_changed_the_table() {
        let ours = format!("{BASE}\n[clients.gone]\nname = \"Gone\"\n");
        let base = ours.clone();
        let theirs = BASE.to_string();
        let merged = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(merged.text, BASE);
        let changed = ours.replace("\"Gone\"", "\"Still here\"");
        let merged = merge(&base, &changed, &theirs).unwrap();
        assert_eq!(merged.conflicts, ["clients.gone"]);
        assert!(
            merged.text.contains(
                "<<<<<<< ours\n\n[clients.gone]\nname = \"Still here\"\n=======\n>>>>>>> theirs\n"
            ),
            "{}",
            merged.text
        );
    }

    #[test]
    fn one_client_added_on_both_sides_is_one_conflict_of_the_whole_table() {
        let ours =
            format!("{BASE}\n[clients.beta]\nname = \"Beta\"\ntype = \"payg\"\nrate = \"100\"\n");
        let theirs = format!(
            "{BASE}\n[clients.beta]\nname = \"Beta\"\ntype = \"bank\"\nblock_price = \"900\"\n"
        );
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert_eq!(merged.conflicts, ["clients.beta"]);
        assert!(
            merged.text.ends_with("[clients.beta]\nname = \"Beta\"\n<<<<<<< ours\ntype = \"payg\"\nrate = \"100\"\n=======\ntype = \"bank\"\nblock_price = \"900\"\n>>>>>>> theirs\n"),
            "{}",
            merged.text
        );
        // Added alike on both sides: no conflict; two different clients: none either.
        assert!(merge(BASE, &ours, &ours).unwrap().conflicts.is_empty());
        let other = format!("{BASE}\n[clients.gamma]\nname = \"Gamma\"\n");
        let merged = merge(BASE, &ours, &other).unwrap();
        assert!(merged.conflicts.is_empty());
        assert!(merged.text.contains("[clients.beta]") && merged.text.contains("[clients.gamma]"));
        // The first client of an empty file on each side: still two clients.
        let empty = "# no clients yet\n";
        let merged = merge(
            empty,
            &format!("{empty}[clients.a]\nname = \"A\"\n"),
            &format!("{empty}[clients.b]\nname = \"B\"\n"),
        )
        .unwrap();
        assert!(merged.conflicts.is_empty(), "{merged:?}");
    }

    #[test]
    fn same_values_in_another_layout_are_no_change() {
        let theirs = BASE.replace("rate = \"95.00\"", "rate   =   \"95.00\"   # agreed");
        let merged = merge(BASE, BASE, &theirs).unwrap();
        assert!(merged.conflicts.is_empty());
        assert!(merged.text.contains("# agreed"), "their new comment is kept: {}", merged.text);
    }

    #[test]
    fn comments_of_one_side_survive_a_table_the_other_side_added() {
        let ours = BASE.replace("[clients.acme]", "# VIP: call before invoicing\n[clients.acme]");
        let theirs = format!("{BASE}\n[clients.north]\nname = \"North\"\n");
        for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
            let merged = merge(BASE, a, b).unwrap();
            assert!(merged.conflicts.is_empty());
            assert!(
                merged.text.contains("# VIP: call before invoicing\n[clients.acme]"),
                "{}",
                merged.text
            );
            assert!(merged.text.contains("[clients.north]"), "{}", merged.text);
        }
    }

    #[test]
    fn our_new_comment_stays_when_they_change_the_value() {
        let ours = BASE.replace("rate = \"95.00\"", "rate = \"95.00\"  # until June");
        let theirs = BASE.replace("rate = \"95.00\"", "rate = \"99.00\"");
        let merged = merge(BASE, &ours, &theirs).unwrap();
        assert!(merged.text.contains("rate = \"99.00\"  # until June"), "{}", merged.text);
    }

    #[test]
    fn invalid_toml_is_named() {
        let err = merge(BASE, "[clients.acme", BASE).unwrap_err();
        assert_eq!(err.side, "our side");
    }
}
