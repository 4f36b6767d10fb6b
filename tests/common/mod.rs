//! What the integration tests share: the anchor they resolve against, and one finder and one extractor per
//! test binary, built on first use (building the extractor compiles the catalog and the gazetteer).

use std::sync::OnceLock;

use tarikh::events::Extractor;
use tarikh::{Anchor, DateFinder};

/// The publication date the tests resolve against: Friday 6 December 2024.
pub fn anchor() -> Anchor {
    "2024-12-06".parse().expect("a valid anchor")
}

/// The date finder of this test binary.
pub fn finder() -> &'static DateFinder {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    FINDER.get_or_init(DateFinder::new)
}

/// The extractor of this test binary.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// `n` written in ASCII, Arabic-Indic or Persian digits (`system` modulo 3). Not every test binary uses it.
#[allow(dead_code)]
pub fn digits(n: u64, system: u8) -> String {
    let zero = match system % 3 {
        0 => '0',
        1 => '\u{0660}',
        _ => '\u{06F0}',
    };
    n.to_string()
        .chars()
        .map(|d| char::from_u32(zero as u32 + d.to_digit(10).unwrap_or(0)).unwrap_or(d))
        .collect()
}

/// The proptest configuration of a property test binary: cases drawn from `seed` unless `PROPTEST_RNG_SEED`
/// names another, and no failure file written beside the tests (a failing case is printed, and its seed
/// reproduces it). Not every test binary uses it.
#[allow(dead_code)]
pub fn proptest_config(seed: u64) -> proptest::test_runner::Config {
    let mut config = proptest::test_runner::Config::default();
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(seed);
    }
    config.failure_persistence = None;
    config
}
