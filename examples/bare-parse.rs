//! The floor for benchmarks: parses purchases.csv and timelog.csv with the csv crate
//! and sums minutes per client, nothing else. `cargo run --release --example
//! bare-parse -- DIR`.

use std::collections::HashMap;

fn minutes(field: &[u8]) -> i64 {
    let text = std::str::from_utf8(field).unwrap_or("0:00");
    let (h, m) = text.split_once(':').unwrap_or((text, "0"));
    h.parse::<i64>().unwrap_or(0) * 60 + m.parse::<i64>().unwrap_or(0)
}

fn sum(path: &std::path::Path, totals: &mut HashMap<Vec<u8>, i64>, sign: i64) {
    // Rows written before a column was added are shorter than the header.
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_path(path).expect("readable");
    let header = reader.byte_headers().expect("header").clone();
    let client = header.iter().position(|h| h == b"client").expect("client column");
    let hours = header.iter().position(|h| h == b"hours").expect("hours column");
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).expect("valid CSV") {
        let key = &record[client];
        let m = minutes(&record[hours]) * sign;
        match totals.get_mut(key) {
            Some(t) => *t += m,
            None => {
                totals.insert(key.to_vec(), m);
            }
        }
    }
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: bare-parse DIR"));
    let mut totals = HashMap::new();
    sum(&dir.join("purchases.csv"), &mut totals, 1);
    sum(&dir.join("timelog.csv"), &mut totals, -1);
    let total: i64 = totals.values().sum();
    println!("{} clients, {} minutes in total", totals.len(), total);
}
