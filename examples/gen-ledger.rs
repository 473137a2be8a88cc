//! Generates a large, valid ledger for benchmarks:
//! `cargo run --release --example gen-ledger -- DIR --clients 2000 --rows 1000000`.
//! About one purchase per 40 time rows, five years of dates, deterministic (--seed).

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
    let (mut clients, mut rows, mut seed) = (2000u64, 1_000_000u64, 42u64);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| -> u64 {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--clients" => clients = value("--clients"),
            "--rows" => rows = value("--rows"),
            "--seed" => seed = value("--seed"),
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.expect("usage: gen-ledger DIR [--clients N] [--rows M] [--seed S]");
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
    let mut out = BufWriter::new(std::fs::File::create(dir.join("purchases.csv"))?);
    writeln!(out, "id,date,client,hours,price,expires,project,note,by")?;
    for _ in 0..purchases {
        let day = rng.below(days);
        let date = start + Days::new(day);
        let expires = date + Days::new(365);
        let client = rng.below(clients);
        let id = rng.id('p');
        writeln!(out, "{id},{date},c{client:05},40:00,3600.00,{expires},,,gen")?;
    }
    out.flush()?;

    let people = ["alice", "bob", "carol", "dave", "erin"];
    let projects = ["", "", "web", "app", "ops"];
    let mut out = BufWriter::new(std::fs::File::create(dir.join("timelog.csv"))?);
    writeln!(out, "id,date,client,person,hours,charged,project,service,billable,rate,kind,note")?;
    for i in 0..rows {
        let date = start + Days::new(i * days / rows);
        let client = rng.below(clients);
        let minutes = 15 + rng.below(12) * 10;
        let charged = minutes.div_ceil(15) * 15;
        let id = rng.id('t');
        let person = people[rng.below(5) as usize];
        let project = projects[rng.below(5) as usize];
        writeln!(
            out,
            "{id},{date},c{client:05},{person},{}:{:02},{}:{:02},{project},,yes,,work,",
            minutes / 60,
            minutes % 60,
            charged / 60,
            charged % 60
        )?;
    }
    out.flush()?;
    eprintln!(
        "wrote {} clients, {purchases} purchases, {rows} time rows to {}",
        clients,
        dir.display()
    );
    Ok(())
}
