//! Generates a large, valid ledger for benchmarks:
//! `cargo run --release --example gen-ledger -- DIR --clients 2000 --rows 1000000
//! [--shape own|seq|uuid|none|spreadsheet|notes] [--people P]`.
//! About one purchase per 40 time rows, five years of dates, deterministic (--seed).
//! Shapes are the ledgers people bring: ids in the tool's own form (`own`), written by
//! another tool or by hand (`seq`: `t-1`, `t-2`, ...), UUIDs (`uuid`), no ids
//! (`none`), saved by a spreadsheet (`spreadsheet`: BOM, CRLF, every field quoted),
//! and a 120-300 character note with commas, quotes and UTF-8 on every row (`notes`).

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use chrono::{Days, NaiveDate};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }

    /// A note of 120 to 300 characters with commas, quotes and UTF-8.
    fn note(&mut self) -> String {
        const WORDS: &[&str] = &[
            "Überarbeitung",
            "header,",
            "\"hero\"",
            "café",
            "naïve",
            "fix",
            "CSS",
            "déjà-vu",
            "日本",
            "ok,",
            "review",
        ];
        let len = 120 + self.below(181) as usize;
        let mut s = String::with_capacity(len + 16);
        while s.chars().count() < len {
            s.push_str(WORDS[self.below(WORDS.len() as u64) as usize]);
            s.push(' ');
        }
        s.chars().take(len).collect()
    }

    fn id(&mut self, prefix: char) -> String {
        const ALPHABET: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
        let bits = self.next();
        let mut s = String::with_capacity(14);
        s.push(prefix);
        s.push('-');
        for i in (0..12).rev() {
            s.push(ALPHABET[((bits >> (i * 5)) & 31) as usize] as char);
        }
        s
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let (mut clients, mut rows, mut seed, mut staff) = (2000u64, 1_000_000u64, 42u64, 0u64);
    let mut shape = String::from("own");
    while let Some(arg) = args.next() {
        if arg == "--shape" {
            shape = args.next().expect("--shape needs a name");
            continue;
        }
        let mut value = |name: &str| -> u64 {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--clients" => clients = value("--clients"),
            "--rows" => rows = value("--rows"),
            "--seed" => seed = value("--seed"),
            "--people" => staff = value("--people"),
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.expect(
        "usage: gen-ledger DIR [--clients N] [--rows M] [--seed S] [--shape S] [--people P]",
    );
    let shape = Shape::parse(&shape);
    std::fs::create_dir_all(&dir)?;
    let mut rng = Rng(seed.max(1));
    let start = NaiveDate::from_ymd_opt(2021, 1, 1).expect("valid date");
    let days = 5 * 365;

    std::fs::write(
        dir.join("hourbank.toml"),
        "currency = \"EUR\"\ndefault_rate = \"90.00\"\n\n[rounding]\nminimum_minutes = 15\nincrement_minutes = 15\n",
    )?;
    let mut toml = String::new();
    for c in 0..clients {
        let _ = write!(
            toml,
            "[clients.c{c:05}]\nname = \"Client {c}\"\ntype = \"bank\"\nblock_hours = \"10:00\"\nblock_price = \"900.00\"\ncredit_limit = \"100000:00\"\n\n"
        );
    }
    std::fs::write(dir.join("clients.toml"), toml)?;
    for (name, header) in [
        ("adjustments.csv", "id,date,holder,bank,kind,hours,expires,reason,by\n"),
        (
            "invoices.csv",
            "id,number,date,due,client,payer,from,to,currency,hours,subtotal,discount,tax,total,by\n",
        ),
        ("payments.csv", "id,date,invoice,amount,note,by\n"),
        ("notifications.csv", "id,date,client,kind,threshold,lot,episode,message,by\n"),
    ] {
        std::fs::write(dir.join(name), header)?;
    }

    let purchases = (rows / 40).max(1);
    let mut out = Csv::create(&dir.join("purchases.csv"), shape)?;
    out.row(&["id", "date", "client", "hours", "price", "expires", "project", "note", "by"])?;
    for n in 0..purchases {
        let day = rng.below(days);
        let date = start + Days::new(day);
        let expires = (date + Days::new(365)).to_string();
        let client = format!("c{:05}", rng.below(clients));
        let id = shape.id(&mut rng, 'p', n);
        let date = date.to_string();
        out.row(&[&id, &date, &client, "40:00", "3600.00", &expires, "", "", "gen"])?;
    }
    out.finish()?;

    // With --people P: P people with a weekly flex bank each in people.toml, who do
    // all the work; else five people without banks.
    let people: Vec<String> = if staff > 0 {
        let mut toml = String::new();
        for p in 0..staff {
            let _ = write!(
                toml,
                "[people.s{p:04}]\nname = \"Person {p}\"\nschedule = {{ mon = \"4:30\", tue = \"4:30\", wed = \"4:30\", thu = \"4:30\", fri = \"4:30\" }}\n\n[people.s{p:04}.banks.flex]\nrule = \"weekly-overtime\"\nstart = \"2021-01-04\"\nmax_balance = \"40:00\"\nmin_balance = \"-20:00\"\nexpiry_months = 6\n\n"
            );
        }
        std::fs::write(dir.join("people.toml"), toml)?;
        (0..staff).map(|p| format!("s{p:04}")).collect()
    } else {
        ["alice", "bob", "carol", "dave", "erin"].map(String::from).to_vec()
    };
    let projects = ["", "", "web", "app", "ops"];
    let mut out = Csv::create(&dir.join("timelog.csv"), shape)?;
    out.row(&[
        "id", "date", "client", "person", "hours", "charged", "project", "service", "billable",
        "rate", "kind", "note",
    ])?;
    for i in 0..rows {
        let date = (start + Days::new(i * days / rows)).to_string();
        let client = format!("c{:05}", rng.below(clients));
        let minutes = 15 + rng.below(12) * 10;
        let charged = minutes.div_ceil(15) * 15;
        let id = shape.id(&mut rng, 't', i);
        let person = &people[rng.below(people.len() as u64) as usize];
        let project = projects[rng.below(5) as usize];
        let hours = format!("{}:{:02}", minutes / 60, minutes % 60);
        let charged = format!("{}:{:02}", charged / 60, charged % 60);
        let note = if shape == Shape::Notes { rng.note() } else { String::new() };
        out.row(&[
            &id, &date, &client, person, &hours, &charged, project, "", "yes", "", "work", &note,
        ])?;
    }
    out.finish()?;
    eprintln!(
        "wrote {} clients, {purchases} purchases, {rows} time rows to {}",
        clients,
        dir.display()
    );
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Own,
    Seq,
    Uuid,
    NoIds,
    Spreadsheet,
    Notes,
}

impl Shape {
    fn parse(name: &str) -> Shape {
        match name {
            "own" => Shape::Own,
            "seq" => Shape::Seq,
            "uuid" => Shape::Uuid,
            "none" => Shape::NoIds,
            "spreadsheet" => Shape::Spreadsheet,
            "notes" => Shape::Notes,
            other => {
                panic!("unknown shape {other}: use own, seq, uuid, none, spreadsheet or notes")
            }
        }
    }

    fn id(self, rng: &mut Rng, prefix: char, n: u64) -> String {
        match self {
            Shape::Seq => format!("{prefix}-{}", n + 1),
            Shape::Uuid => rng.uuid(),
            Shape::NoIds => String::new(),
            Shape::Own | Shape::Spreadsheet | Shape::Notes => rng.id(prefix),
        }
    }
}

/// A CSV file written the way the shape's tool writes it.
struct Csv {
    out: BufWriter<std::fs::File>,
    shape: Shape,
}

impl Csv {
    fn create(path: &std::path::Path, shape: Shape) -> std::io::Result<Csv> {
        let mut out = BufWriter::new(std::fs::File::create(path)?);
        if shape == Shape::Spreadsheet {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(Csv { out, shape })
    }

    fn row(&mut self, fields: &[&str]) -> std::io::Result<()> {
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            let quote = self.shape == Shape::Spreadsheet || field.contains([',', '"']);
            if quote {
                write!(self.out, "\"{}\"", field.replace('"', "\"\""))?;
            } else {
                self.out.write_all(field.as_bytes())?;
            }
        }
        self.out.write_all(if self.shape == Shape::Spreadsheet { b"\r\n" } else { b"\n" })
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}
