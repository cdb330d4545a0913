//! Fuzz target: build constraint lines and literals. Any line must either
//! fail to parse or give an expression that evaluates; string and rune
//! literal decoding must return rather than panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wago_syntax::{constraint, literal};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for line in [format!("//go:build {text}"), format!("// +build {text}"), text.to_string()] {
        if let Ok(x) = constraint::parse(&line) {
            let _ = x.eval(&mut |tag| tag.len() % 2 == 0);
            let _ = x.go_version();
        }
    }
    let _ = literal::unquote(&text);
    let _ = literal::unquote_char(&text);
});
