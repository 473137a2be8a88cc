//! Snapshots of every kind of refusal: the exact stderr, nothing on stdout and the exit
//! code, run on a copy of the example ledger (`tests/refusals/*.toml`, each with its
//! `.stderr`; `TRYCMD=overwrite cargo test --test refusals` rewrites them after a
//! wording change, to be read before committing).

#[test]
fn refusals() {
    trycmd::TestCases::new()
        .env("HOURBANK_USER", "tester")
        .env("HOURBANK_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .case("tests/refusals/*.toml");
}
