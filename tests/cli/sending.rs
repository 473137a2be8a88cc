//! Invoices sent by mail (SPEC 14): the message a client receives is parsed part by
//! part (text, HTML, the PDF a browser printed, the e-invoice), over the `[notify]`
//! command and over SMTP; `invoices.csv` records when and to whom; a second send needs
//! `--force`; a mail that fails leaves the invoice issued and unsent.

use std::os::unix::fs::PermissionsExt;

use mail_parser::{MessageParser, MimeHeaders};

use super::support::*;

/// A bank client and a pay-as-you-go client who pays for it, with what an EN 16931
/// e-invoice needs, and a stand-in browser and mail command in `tools`.
fn ledger(tools: &std::path::Path) -> TestLedger {
    let l = TestLedger::with_acme();
    l.append(
        "hourbank.toml",
        "\n[company]\nname = \"Northwind Web Studio\"\nemail = \"billing@northwind.example\"\nbank = \"IBAN DE02 1203 0000 0000 2020 51\"\ncountry = \"DE\"\nvat_id = \"DE123456789\"\n",
    );
    l.ok(&["client", "set", "acme", "--country", "FR", "--email", "ops@acme.example"]);
    l.ok(&[
        "client",
        "add",
        "walk",
        "--name",
        "Walk-in Ltd",
        "--type",
        "payg",
        "--rate",
        "90",
        "--country",
        "DE",
        "--email",
        "walk@walk.example",
    ]);
    l.buy(&["acme", "--blocks", "1", "--date", "2026-03-02"]);
    l.log(&["walk", "1:30", "--date", "2026-03-05", "--note", "server move"]);
    // A browser that prints a stand-in PDF, and a mail command that keeps each message
    // and the variables it is given.
    let chromium = tools.join("chromium");
    std::fs::write(
        &chromium,
        "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4 stand-in' > \"${a#--print-to-pdf=}\";; esac; done\n",
    )
    .unwrap();
    let mail = tools.join("mail");
    std::fs::write(
        &mail,
        "#!/bin/sh\nPATH=/usr/bin:/bin\nn=$(ls \"${0%/*}\" | grep -c '^sent-')\ncat > \"${0%/*}/sent-$n.eml\"\nprintf '%s %s %s' \"$HOURBANK_KIND\" \"$HOURBANK_INVOICE\" \"$HOURBANK_TO\" > \"${0%/*}/vars-$n\"\n",
    )
    .unwrap();
    for f in [&chromium, &mail] {
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    l.write(".hourbank.local.toml", &format!("[notify]\ncommand = [\"{}\"]\n", mail.display()));
    l
}

/// Runs hourbank on `l` with only `tools` on the PATH.
fn run(l: &TestLedger, tools: &std::path::Path, args: &[&str]) -> std::process::Output {
    l.bin().env("PATH", tools).arg("--ledger").arg(l.path()).args(args).output().unwrap()
}

fn ok(l: &TestLedger, tools: &std::path::Path, args: &[&str]) -> (String, String) {
    let out = run(l, tools, args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "hourbank {args:?}: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// The messages the mail command received, in order.
fn sent(tools: &std::path::Path) -> Vec<Vec<u8>> {
    (0..).map_while(|n| std::fs::read(tools.join(format!("sent-{n}.eml"))).ok()).collect()
}

/// What a person's mail program shows of a message: its recipients, subject, text,
/// HTML and attachments (file name, type, bytes).
struct Seen {
    to: Vec<String>,
    subject: String,
    text: String,
    html: String,
    attachments: Vec<(String, String, Vec<u8>)>,
}

fn seen(raw: &[u8]) -> Seen {
    let m = MessageParser::default().parse(raw).expect("a MIME message");
    let to = m
        .to()
        .map(|a| a.iter().filter_map(|x| x.address()).map(str::to_string).collect())
        .unwrap_or_default();
    let attachments = m
        .attachments()
        .map(|a| {
            let kind = a.content_type().map_or(String::new(), |c| {
                format!("{}/{}", c.ctype(), c.subtype().unwrap_or_default())
            });
            (a.attachment_name().unwrap_or_default().to_string(), kind, a.contents().to_vec())
        })
        .collect();
    Seen {
        to,
        subject: m.subject().unwrap_or_default().to_string(),
        text: m.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
        html: m.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
        attachments,
    }
}

/// `sent` and `sent_to` of invoice `number` in invoices.csv.
fn sent_columns(l: &TestLedger, number: &str) -> (String, String) {
    let rows = l.rows("invoices.csv");
    let row = rows.iter().find(|r| r["number"] == number).expect("the invoice");
    (row["sent"].clone(), row["sent_to"].clone())
}

#[test]
fn an_invoice_goes_with_its_pdf_and_e_invoice_and_is_recorded_as_sent_once() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    l.ok(&["config", "set", "invoice.einvoice", "cii"]);
    l.ok(&["config", "set", "company.vat_id", "DE123456789"]);
    l.ok(&["client", "set", "acme", "--billing-email", "ap@acme.example", "--tax-percent", "19"]);
    // A dry run prints the message of the invoice to be, and records nothing.
    let before = l.snapshot();
    let (message, _) =
        ok(&l, tools.path(), &["invoice", "acme", "--month", "2026-03", "--send", "--dry-run"]);
    let draft = seen(message.as_bytes());
    assert_eq!(draft.to, ["ap@acme.example"]);
    assert_eq!(draft.subject, "Northwind Web Studio: invoice");
    assert_eq!(l.snapshot(), before);
    assert!(sent(tools.path()).is_empty());

    let (out, _) = ok(&l, tools.path(), &["invoice", "acme", "--month", "2026-03", "--send"]);
    assert_eq!(
        out,
        "recorded invoice INV-2026-0001 for acme (1071.00 EUR)\nsent invoice INV-2026-0001 to ap@acme.example\n"
    );
    let mails = sent(tools.path());
    assert_eq!(mails.len(), 1);
    let mail = seen(&mails[0]);
    // To the billing address, not the alert address.
    assert_eq!(mail.to, ["ap@acme.example"]);
    assert_eq!(mail.subject, "Northwind Web Studio: invoice INV-2026-0001");
    assert!(
        mail.text.contains("here is invoice INV-2026-0001 of 2026-11-23")
            && mail.text.contains("Total: 1071.00 EUR")
            && mail.text.contains("Due: 2026-12-23")
            && mail.text.contains("IBAN DE02 1203 0000 0000 2020 51"),
        "{}",
        mail.text
    );
    let page = scraper::Html::parse_document(&mail.html);
    let total = scraper::Selector::parse("#total").unwrap();
    let total: Vec<String> = page.select(&total).map(|e| e.text().collect()).collect();
    assert_eq!(total, ["1071.00 EUR"], "{}", mail.html);
    let names: Vec<(&str, &str)> =
        mail.attachments.iter().map(|(n, t, _)| (n.as_str(), t.as_str())).collect();
    assert_eq!(
        names,
        [("INV-2026-0001.pdf", "application/pdf"), ("INV-2026-0001.xml", "application/xml")]
    );
    assert_eq!(mail.attachments[0].2, b"%PDF-1.4 stand-in");
    // The e-invoice attached is the one `--format cii --show` writes.
    let xml = l.ok(&["--format", "cii", "invoice", "--show", "INV-2026-0001"]);
    assert_eq!(String::from_utf8(mail.attachments[1].2.clone()).unwrap(), xml);
    // No internal id in what the client reads.
    let id = &l.rows("invoices.csv")[0]["id"];
    let lot = &l.rows("purchases.csv")[0]["id"];
    for part in [&mail.text, &mail.html] {
        assert!(!part.contains(id.as_str()) && !part.contains(lot.as_str()), "{part}");
    }
    assert_eq!(
        std::fs::read_to_string(tools.path().join("vars-0")).unwrap(),
        "invoice INV-2026-0001 ap@acme.example"
    );
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), "ap@acme.example".into()));

    // A second send is refused without --force, and changes nothing.
    let before = l.snapshot();
    let out = run(&l, tools.path(), &["invoice", "--show", "INV-2026-0001", "--send"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("invoice INV-2026-0001 was sent to ap@acme.example on 2026-11-23")
            && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(l.snapshot(), before);
    assert_eq!(sent(tools.path()).len(), 1);
    // With --force it goes again, to today's billing address.
    l.ok(&["client", "set", "acme", "--unset", "billing_email"]);
    let (out, _) =
        ok(&l, tools.path(), &["invoice", "--show", "INV-2026-0001", "--send", "--force"]);
    assert_eq!(out, "sent invoice INV-2026-0001 to ops@acme.example\n");
    assert_eq!(seen(&sent(tools.path())[1]).to, ["ops@acme.example"]);
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), "ops@acme.example".into()));
    // Forgetting the client forgets where its invoices went.
    l.ok(&["client", "forget", "acme", "--invoices"]);
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), String::new()));
}

#[test]
fn sending_is_refused_before_anything_is_recorded_when_it_cannot_go() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    let before = l.snapshot();
    // No address.
    l.ok(&["client", "set", "acme", "--unset", "email"]);
    let before_no_email = l.snapshot();
    let err = l.refused(
        &["invoice", "acme", "--month", "2026-03", "--send"],
        "acme has no billing_email or email",
    );
    assert!(err.contains("client set acme --billing-email"), "{err}");
    assert_eq!(l.snapshot(), before_no_email);
    l.ok(&["client", "set", "acme", "--email", "ops@acme.example"]);
    // An e-invoice without the data it needs.
    l.append("hourbank.toml", "\n[invoice]\neinvoice = \"cii\"\n");
    l.ok(&["client", "set", "acme", "--unset", "country"]);
    let snapshot = l.snapshot();
    let err = l.refused(&["invoice", "acme", "--month", "2026-03", "--send"], "einvoice = \"cii\"");
    assert!(err.contains("the country of acme"), "{err}");
    assert_eq!(l.snapshot(), snapshot);
    // No channel.
    l.write(".hourbank.local.toml", "");
    l.ok(&["client", "set", "acme", "--country", "FR"]);
    let snapshot = l.snapshot();
    l.refused(
        &["invoice", "acme", "--month", "2026-03", "--send"],
        "no command and no smtp server",
    );
    assert_eq!(l.snapshot(), snapshot);
    assert!(l.rows("invoices.csv").is_empty());
    drop(before);
    // --dry-run with --show belongs to --send; --send writes no file.
    let out = l.run(&["invoice", "--show", "INV-2026-0001", "--dry-run"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--dry-run goes with --send"));
    let out = l.run(&["invoice", "acme", "--month", "2026-03", "--send", "-o", "x.html"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_mail_that_fails_leaves_the_invoice_issued_and_unsent_until_sent_again() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    let failing = tools.path().join("failing");
    std::fs::write(&failing, "#!/bin/sh\necho 'relay refused' >&2\nexit 75\n").unwrap();
    std::fs::set_permissions(&failing, std::fs::Permissions::from_mode(0o755)).unwrap();
    let good = l.read(".hourbank.local.toml");
    l.write(".hourbank.local.toml", &format!("[notify]\ncommand = [\"{}\"]\n", failing.display()));
    let out = run(&l, tools.path(), &["invoice", "acme", "--month", "2026-03", "--send"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("invoice INV-2026-0001 is recorded but was not sent")
            && stderr.contains("relay refused")
            && stderr.contains("hourbank invoice --show INV-2026-0001 --send"),
        "{stderr}"
    );
    // The number stays issued (a client may have seen it); nothing says it was sent.
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "recorded invoice INV-2026-0001 for acme (900.00 EUR)\n"
    );
    assert_eq!(sent_columns(&l, "INV-2026-0001"), (String::new(), String::new()));
    l.write(".hourbank.local.toml", &good);
    let (out, _) = ok(&l, tools.path(), &["invoice", "--show", "INV-2026-0001", "--send"]);
    assert_eq!(out, "sent invoice INV-2026-0001 to ops@acme.example\n");
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), "ops@acme.example".into()));
}

#[test]
fn month_end_sends_every_invoice_over_smtp_and_records_each() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    let (port, messages) = smtp_inbox();
    l.write(
        ".hourbank.local.toml",
        &format!("[notify]\nfrom = \"billing@northwind.example\"\n\n[notify.smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\n"),
    );
    l.append(
        "hourbank.toml",
        "\n[invoice]\neinvoice = \"cii\"\ntax_category = \"E\"\ntax_exemption = \"Exempt under section 4\"\n",
    );
    // A browser is not on the PATH: the invoices go without PDF, and it is said.
    let empty = tempfile::tempdir().unwrap();
    let (out, stderr) = ok(&l, empty.path(), &["invoice", "--all", "--month", "2026-03", "--send"]);
    assert_eq!(
        out,
        "recorded invoice INV-2026-0001 for acme (900.00 EUR)\nrecorded invoice INV-2026-0002 for walk (135.00 EUR)\ntotal: 1035.00 EUR\nsent invoice INV-2026-0001 to ops@acme.example\nsent invoice INV-2026-0002 to walk@walk.example\n"
    );
    assert!(stderr.contains("no chromium (or wkhtmltopdf) on the PATH: the invoice INV-2026-0001 goes without its PDF"), "{stderr}");
    let received = messages.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let mails: Vec<Seen> = received.iter().map(|m| seen(m)).collect();
    assert_eq!(mails[0].to, ["ops@acme.example"]);
    assert_eq!(mails[1].to, ["walk@walk.example"]);
    assert_eq!(mails[1].subject, "Northwind Web Studio: invoice INV-2026-0002");
    assert!(mails[1].text.contains("Total: 135.00 EUR"), "{}", mails[1].text);
    assert!(mails.iter().all(|m| m.html.contains("<table")));
    // The e-invoice goes over SMTP as it is shown.
    for (mail, number) in mails.iter().zip(["INV-2026-0001", "INV-2026-0002"]) {
        let names: Vec<(&str, &str)> =
            mail.attachments.iter().map(|(n, t, _)| (n.as_str(), t.as_str())).collect();
        assert_eq!(names, [(format!("{number}.xml").as_str(), "application/xml")]);
        let xml = l.ok(&["--format", "cii", "invoice", "--show", number]);
        assert_eq!(String::from_utf8(mail.attachments[0].2.clone()).unwrap(), xml);
    }
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), "ops@acme.example".into()));
    assert_eq!(
        sent_columns(&l, "INV-2026-0002"),
        ("2026-11-23".into(), "walk@walk.example".into())
    );
    // `undo` takes back the record of the sending, then the invoices.
    l.ok(&["undo"]);
    assert_eq!(sent_columns(&l, "INV-2026-0002"), (String::new(), String::new()));
}

#[test]
fn a_payers_invoice_goes_to_the_payer_and_a_credit_note_can_be_sent() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    l.ok(&[
        "client",
        "add",
        "group",
        "--name",
        "Group Holding",
        "--type",
        "payg",
        "--email",
        "accounts@group.example",
        "--billing-email",
        "ap@group.example",
    ]);
    l.ok(&["client", "set", "walk", "--payer", "group"]);
    let (out, _) = ok(&l, tools.path(), &["invoice", "walk", "--month", "2026-03", "--send"]);
    assert_eq!(
        out,
        "recorded invoice INV-2026-0001 for walk (135.00 EUR)\nsent invoice INV-2026-0001 to ap@group.example\n"
    );
    let mail = seen(&sent(tools.path())[0]);
    assert_eq!(mail.to, ["ap@group.example"], "the payer's billing address, not walk's");
    assert!(mail.text.starts_with("Hello Group Holding,"), "{}", mail.text);
    // A credit note is sent as one: its own subject, no due date.
    l.ok(&["invoice", "credit", "INV-2026-0001", "--amount", "35", "--reason", "goodwill"]);
    let (out, _) = ok(&l, tools.path(), &["invoice", "--show", "INV-2026-0002", "--send"]);
    assert_eq!(out, "sent invoice INV-2026-0002 to ap@group.example\n");
    let note = seen(&sent(tools.path())[1]);
    assert_eq!(note.subject, "Northwind Web Studio: credit note INV-2026-0002");
    assert!(
        note.text.contains("here is credit note INV-2026-0002") && !note.text.contains("Due:"),
        "{}",
        note.text
    );
    // A dry run previews a second send without --force, and sends nothing.
    let before = l.snapshot();
    let (message, _) =
        ok(&l, tools.path(), &["invoice", "--show", "INV-2026-0002", "--send", "--dry-run"]);
    assert_eq!(seen(message.as_bytes()).subject, note.subject);
    assert!(l.snapshot() == before && sent(tools.path()).len() == 2);
}

#[test]
fn month_end_refuses_the_client_that_cannot_be_mailed_and_issues_the_others() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    // An address a mailer cannot use is refused before anything is recorded.
    l.write(
        "clients.toml",
        &l.read("clients.toml")
            .replace("walk@walk.example", "walk@walk.example, boss@walk.example"),
    );
    let before = l.snapshot();
    let out = run(&l, tools.path(), &["invoice", "walk", "--month", "2026-03", "--send"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "walk's invoices cannot be mailed: address \"walk@walk.example, boss@walk.example\""
        ),
        "{err}"
    );
    assert!(l.snapshot() == before, "nothing recorded");
    // A dry run of month-end shows each message, and records nothing.
    let out =
        run(&l, tools.path(), &["invoice", "--all", "--month", "2026-03", "--send", "--dry-run"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("dry run: would issue an invoice for acme (900.00 EUR)")
            && stdout.contains("Subject: Northwind Web Studio: invoice\r\n"),
        "{stdout}"
    );
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("refused: walk: walk's invoices cannot be mailed")
    );
    assert!(l.snapshot() == before && sent(tools.path()).is_empty());
    // Month-end issues and sends acme's, and refuses walk's: exit 1.
    let out = run(&l, tools.path(), &["invoice", "--all", "--month", "2026-03", "--send"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "recorded invoice INV-2026-0001 for acme (900.00 EUR)\ntotal: 900.00 EUR\nsent invoice INV-2026-0001 to ops@acme.example\n"
    );
    let numbers: Vec<String> = l.rows("invoices.csv").iter().map(|r| r["number"].clone()).collect();
    assert_eq!(numbers, ["INV-2026-0001"]);
    assert_eq!(sent(tools.path()).len(), 1);
}

#[test]
fn an_untrusted_notify_channel_sends_no_invoice_and_check_names_bad_settings() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    // The channel comes from a pulled hourbank.toml nobody trusted.
    let local = l.read(".hourbank.local.toml");
    l.write(".hourbank.local.toml", "");
    l.append("hourbank.toml", &format!("\n{local}"));
    let before = l.snapshot();
    let out = run(&l, tools.path(), &["invoice", "acme", "--month", "2026-03", "--send"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(
            "the invoice was not sent: hourbank.toml sets delivery settings you have not trusted"
        ),
        "{err}"
    );
    assert!(l.snapshot() == before && sent(tools.path()).is_empty());
    // `check` names a bad e-invoice format and billing address at their lines.
    l.append("hourbank.toml", "\n[invoice]\neinvoice = \"pdf\"\n");
    l.write(
        "clients.toml",
        &l.read("clients.toml").replace(
            "email = \"ops@acme.example\"",
            "email = \"ops@acme.example\"\nbilling_email = \"accounts\"",
        ),
    );
    let out = l.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let found = String::from_utf8(out.stdout).unwrap();
    let toml = l.read("hourbank.toml");
    let line = toml.lines().position(|l| l.starts_with("einvoice")).unwrap() + 1;
    assert!(
        found.contains(&format!(
            "hourbank.toml:{line}: invoice.einvoice: \"pdf\" is not one of cii"
        )),
        "{found}"
    );
    let clients = l.read("clients.toml");
    let line = clients.lines().position(|l| l.starts_with("billing_email")).unwrap() + 1;
    assert!(
        found.contains(&format!("clients.toml:{line}:")) && found.contains("billing_email"),
        "{found}"
    );
}

#[test]
fn a_top_up_is_bought_invoiced_and_sent_once_per_episode_and_never_on_a_dry_run() {
    // OneDesk's refill: acme agreed to one block (10:00 for 900.00) whenever fewer
    // than 2:00 are left.
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    l.write(
        ".hourbank.local.toml",
        &format!("{}to = [\"office@northwind.example\"]\n", l.read(".hourbank.local.toml")),
    );
    l.ok(&["client", "set", "acme", "--topup-below", "2:00", "--topup-blocks", "1"]);
    assert!(l.read("clients.toml").contains("[clients.acme.topup]\nbelow = \"2:00\"\nblocks = 1"));
    // 10:00 bought in March, 8:30 worked: 1:30 left.
    l.log(&["acme", "8:30", "--date", "2026-11-10"]);
    let topup_lines = |out: &str| -> Vec<String> {
        out.lines().filter(|x| x.starts_with("acme: topup: ")).map(String::from).collect()
    };
    let before = l.snapshot();
    let (dry, _) = ok(&l, tools.path(), &["notify-check", "--as-of", "2026-11-10", "--dry-run"]);
    assert_eq!(
        topup_lines(&dry),
        [
            "acme: topup: would buy 1 block of 10:00 at 900.00 EUR and invoice them: 1:30 available, below 2:00"
        ]
    );
    assert!(l.snapshot() == before, "a dry run buys nothing");
    assert!(sent(tools.path()).is_empty());

    let (out, err) = ok(&l, tools.path(), &["notify-check", "--as-of", "2026-11-10"]);
    let purchases = l.rows("purchases.csv");
    let lot = purchases.last().unwrap();
    assert_eq!(
        (lot["date"].as_str(), lot["hours"].as_str(), lot["price"].as_str(), lot["note"].as_str()),
        ("2026-11-10", "10:00", "900.00", "automatic top-up")
    );
    let id = lot["id"].clone();
    assert!(
        err.contains("acme: topped up 10:00 at 1:30 available (below 2:00): invoice INV-2026-0001"),
        "{err}"
    );
    assert_eq!(
        topup_lines(&out),
        [format!(
            "acme: topup: topped up: bought 10:00 for 900.00 EUR ({id}) on 2026-11-10, as agreed when fewer than 2:00 are left; invoice INV-2026-0001"
        )]
    );
    // The invoice bills the lot alone and is recorded as sent to the client.
    let invoice = json(&l, &["invoice", "--show", "INV-2026-0001"]);
    assert_eq!(invoice["total"].to_string(), "900.00");
    assert_eq!(sent_columns(&l, "INV-2026-0001"), ("2026-11-23".into(), "ops@acme.example".into()));
    // The office and the client each get the alert with the invoice attached; the
    // client's names no lot id.
    let mails: Vec<Seen> = sent(tools.path()).iter().map(|m| seen(m)).collect();
    let to: Vec<Vec<String>> = mails.iter().map(|m| m.to.clone()).collect();
    assert_eq!(
        to,
        [vec!["office@northwind.example".to_string()], vec!["ops@acme.example".to_string()]]
    );
    for m in &mails {
        let names: Vec<&str> = m.attachments.iter().map(|a| a.0.as_str()).collect();
        assert_eq!(names, ["INV-2026-0001.html", "INV-2026-0001.pdf"]);
        assert!(String::from_utf8_lossy(&m.attachments[0].2).contains("INV-2026-0001"));
    }
    assert_eq!(mails[1].subject, "Northwind Web Studio: your hours were topped up");
    assert!(
        mails[1].text.contains("10:00 hours were bought for you on 2026-11-10"),
        "{}",
        mails[1].text
    );
    assert!(!mails[1].text.contains(&id), "{}", mails[1].text);
    // Once per episode: 11:30 is above 2:00 again; later runs buy nothing.
    for day in ["2026-11-10", "2026-11-11"] {
        let (out, _) = ok(&l, tools.path(), &["notify-check", "--as-of", day]);
        assert!(topup_lines(&out).is_empty(), "{out}");
    }
    // A changed agreement sends no top-up again.
    l.ok(&["client", "set", "acme", "--topup-below", "3:00"]);
    let (out, _) = ok(&l, tools.path(), &["notify-check", "--as-of", "2026-11-12"]);
    assert!(topup_lines(&out).is_empty(), "{out}");
    assert_eq!(l.rows("purchases.csv").len(), 2);
    assert_eq!(sent(tools.path()).len(), 2);
    // Below 2:00 again: a new episode, a new top-up and invoice.
    l.log(&["acme", "10:00", "--date", "2026-11-15"]);
    let (out, _) = ok(&l, tools.path(), &["notify-check", "--as-of", "2026-11-15"]);
    assert_eq!(topup_lines(&out).len(), 1, "{out}");
    assert!(topup_lines(&out)[0].ends_with("invoice INV-2026-0002"), "{out}");
    assert_eq!(l.rows("purchases.csv").len(), 3);
}

#[test]
fn a_top_up_that_could_not_send_its_invoice_buys_nothing() {
    let tools = tempfile::tempdir().unwrap();
    let l = ledger(tools.path());
    // A top-up needs its threshold.
    let before = l.snapshot();
    l.refused(&["client", "set", "walk", "--topup-blocks", "2"], "needs a top-up threshold");
    l.refused(&["client", "set", "walk", "--topup-below", "0:00"], "never below it");
    assert!(l.snapshot() == before);
    // No address to send acme's invoice to.
    l.ok(&["client", "set", "acme", "--unset", "email", "--topup-below", "2:00"]);
    l.log(&["acme", "8:30", "--date", "2026-11-10"]);
    let before = l.snapshot();
    let out = run(&l, tools.path(), &["notify-check", "--as-of", "2026-11-10"]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("acme: topup: not topped up: acme has no billing_email or email"),
        "{err}"
    );
    let after = l.snapshot();
    let changed: Vec<&String> =
        after.iter().filter(|(k, v)| before.get(*k) != Some(v)).map(|(k, _)| k).collect();
    // Only the low-balance alerts were recorded.
    assert_eq!(changed, ["notifications.csv"]);
    assert_eq!(l.rows("purchases.csv").len(), 1);
}
