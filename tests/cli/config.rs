//! Settings from the command line (SPEC 13): `config get|set|unset`, `service` and
//! `client set --service-rate`, each checked by the reader before anything is written,
//! with the file's comments kept.

use super::support::*;

#[test]
fn config_set_and_unset_keep_the_comments_and_get_shows_the_value_in_force() {
    let l = TestLedger::new();
    let fresh = l.read("hourbank.toml");
    assert_eq!(l.ok(&["config", "get", "rounding.increment_minutes"]), "1\n", "the default");
    assert_eq!(l.ok(&["config", "get", "alerts.expiry_days"]), "[10, 5]\n");
    assert_eq!(
        l.ok(&["config", "set", "rounding.increment_minutes", "15"]),
        "set rounding.increment_minutes = 15\n"
    );
    l.ok(&["config", "set", "company.name", "Northwind Studio"]);
    l.ok(&["config", "set", "alerts.expiry_days", "[14, 7]"]);
    l.ok(&["config", "set", "default_rate", "95.50"]);
    assert_eq!(l.ok(&["config", "get", "rounding.increment_minutes"]), "15\n");
    assert_eq!(l.ok(&["config", "get", "company.name"]), "Northwind Studio\n");
    assert_eq!(l.ok(&["config", "get", "default_rate"]), "95.50\n");
    let text = l.read("hourbank.toml");
    // Every comment of the new file is still there, the settings after them.
    assert!(text.starts_with("default_rate = \"95.50\"\n"), "{text}");
    for line in fresh.lines().filter(|l| l.starts_with('#')) {
        assert!(text.contains(line), "lost {line:?}");
    }
    assert!(text.ends_with("\n[rounding]\nincrement_minutes = 15\n\n[company]\nname = \"Northwind Studio\"\n\n[alerts]\nexpiry_days = [14, 7]\n"), "{text}");
    // The rounding is in force for new rows.
    l.add_payg("north");
    l.log(&["north", "0:20", "--date", "2026-11-02"]);
    assert_eq!(l.rows("timelog.csv")[0]["charged"], "0:31");
    // Unset puts the default back, and the file as it was.
    for key in ["rounding.increment_minutes", "company.name", "alerts.expiry_days", "default_rate"]
    {
        l.ok(&["config", "unset", key]);
    }
    assert_eq!(l.read("hourbank.toml"), fresh);
    assert_eq!(l.ok(&["config", "get", "rounding.increment_minutes"]), "1\n");
    assert_eq!(l.ok(&["check"]), "");
}

#[test]
fn config_refuses_unknown_keys_and_wrong_values_and_writes_nothing() {
    let l = TestLedger::new();
    let stderr = l.refused(
        &["config", "set", "rounding.minutes", "3"],
        "unknown setting \"rounding.minutes\"",
    );
    assert!(stderr.contains("hint: "), "{stderr}");
    l.refused(
        &["config", "set", "rounding.increment_minutes", "0"],
        "rounding.increment_minutes: must be at least 1; nothing was written",
    );
    l.refused(&["config", "set", "alerts.overdraft", "maybe"], "alerts.overdraft");
    l.refused(&["config", "set", "default_rate", "ten"], "default_rate");
    l.refused(&["config", "get", "company.phone"], "company.phone is not set and has no default");
    l.refused(&["config", "get", "nope"], "unknown setting \"nope\"");
    l.ok(&["config", "set", "rounding.minimum_minutes", "15", "--dry-run"]);
    assert_eq!(l.ok(&["config", "get", "rounding.minimum_minutes"]), "1\n");
}

#[test]
fn services_and_a_clients_own_service_rates() {
    let l = TestLedger::new();
    assert_eq!(
        l.ok(&["service", "add", "design", "--rate", "110"]),
        "added service design at 110.00\n"
    );
    l.refused(&["service", "add", "design", "--rate", "120"], "service \"design\" exists already");
    l.refused(&["service", "set", "ux", "--rate", "120"], "no service \"ux\" in hourbank.toml");
    l.refused(&["service", "add", "Design Work", "--rate", "1"], "use lower-case letters");
    assert_eq!(
        l.ok(&["service", "set", "design", "--rate", "120"]),
        "service design: rate 110.00 -> 120.00\n"
    );
    assert_eq!(l.ok(&["config", "get", "services.design.rate"]), "120.00\n");
    l.add_payg("north");
    l.ok(&["client", "set", "north", "--service-rate", "design=130"]);
    assert!(l.read("clients.toml").contains("[clients.north.rates]\ndesign = \"130.00\"\n"));
    l.log(&["north", "1", "--service", "design", "--date", "2026-11-02"]);
    let lines =
        l.csv(&["invoice", "north", "--month", "2026-11", "--date", "2026-12-01", "--dry-run"]);
    assert_eq!((lines[0]["rate"].as_str(), lines[0]["amount"].as_str()), ("130.00", "130.00"));
    // A service that rows name is not removed: their rate would change.
    l.refused(&["service", "remove", "design"], "1 time row(s) name service \"design\"");
    l.ok(&["client", "set", "north", "--unset-service-rate", "design"]);
    assert!(!l.read("clients.toml").contains("rates"));
    l.refused(
        &["client", "set", "north", "--unset-service-rate", "design"],
        "north has no rate of its own for it",
    );
    l.refused(&["client", "set", "north", "--service-rate", "design"], "use SERVICE=RATE");
    l.ok(&["service", "add", "ux", "--rate", "90"]);
    assert_eq!(l.ok(&["service", "remove", "ux"]), "removed service ux\n");
    l.refused(&["config", "get", "services.ux.rate"], "not set");
}

#[test]
fn a_number_is_text_where_a_setting_is_text_and_a_change_to_nothing_is_no_write() {
    let l = TestLedger::new();
    l.ok(&["config", "set", "invoice.prefix", "2026"]);
    assert!(l.read("hourbank.toml").contains("[invoice]\nprefix = \"2026\"\n"));
    assert_eq!(l.ok(&["config", "get", "invoice.prefix"]), "2026\n");
    l.ok(&["config", "set", "company.phone", "+4930123456"]);
    assert_eq!(l.ok(&["config", "get", "company.phone"]), "+4930123456\n");
    // Unsetting what is not set changes nothing, and is nothing to undo.
    l.ok(&["config", "unset", "company.name"]);
    let listed = l.csv(&["undo", "--list"]);
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(listed[0]["command"].ends_with("config set company.phone +4930123456"), "{listed:?}");
}
