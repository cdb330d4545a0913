//! Fuzz target: arbitrary bytes, read as (lossy) UTF-8 the way the loader
//! reads a source file, must parse without panicking into a tree whose
//! every span lies inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use wago_syntax::Interner;

#[path = "../../crates/wago-syntax/tests/fuzz_support/mod.rs"]
mod fuzz_support;

fuzz_target!(|data: &[u8]| {
    static NAMES: OnceLock<Interner> = OnceLock::new();
    let src = String::from_utf8_lossy(data);
    let names = NAMES.get_or_init(Interner::new);
    if let Err(e) = fuzz_support::parse_and_check(&src, names) {
        panic!("{e}");
    }
});
