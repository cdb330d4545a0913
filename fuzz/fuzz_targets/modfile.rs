//! Fuzz target: arbitrary bytes, read as (lossy) UTF-8 the way the loader
//! reads them, as a go.mod, a go.work and a vendor/modules.txt. Each parser
//! must return a value or an error on a line of the text, never panic; the
//! helpers applied to what they return (versions, module cache paths,
//! patterns) must hold their laws.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wago_loader::{modfile, modules, pattern};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.lines().count().max(1) as u32;
    let in_text = |e: &modfile::ModFileError| assert!((1..=lines).contains(&e.line), "line {} of {lines}", e.line);
    let mut words: Vec<String> = Vec::new();
    match modfile::parse_mod(&text) {
        Ok(m) => {
            words.extend(m.module.into_iter().chain(m.go));
            for r in m.requires {
                words.extend([r.path, r.version]);
            }
            for r in m.replaces {
                words.extend([r.old_path, r.new_path].into_iter().chain(r.old_version).chain(r.new_version));
            }
        }
        Err(e) => in_text(&e),
    }
    match modfile::parse_work(&text) {
        Ok(w) => words.extend(w.uses.into_iter().chain(w.go)),
        Err(e) => in_text(&e),
    }
    match modfile::parse_vendor_modules(&text) {
        Ok(list) => {
            for m in list {
                words.extend([m.path, m.version].into_iter().chain(m.packages));
            }
        }
        Err(e) => in_text(&e),
    }
    words.extend(text.split_whitespace().take(64).map(str::to_string));
    for pair in words.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert_eq!(modules::compare_semver(a, b), modules::compare_semver(b, a).reverse(), "{a:?} vs {b:?}");
        let _ = pattern::match_pattern(a, b);
        if !a.contains("...") {
            assert_eq!(pattern::match_pattern(a, b), a == b, "{a:?} matching {b:?}");
        }
    }
    for w in &words {
        let _ = modfile::go_version_at_least(w, 1, 21);
        let _ = modules::unescape_path(w);
        if !w.contains('!') {
            assert_eq!(modules::unescape_path(&modules::escape_path(w)).as_deref(), Some(w.as_str()));
        }
        let _ = modules::clean(std::path::Path::new(w));
        let _ = (modules::is_standard_import_path(w), modules::path_in_module(w, "example.com/m"));
        let _ = pattern::is_local(w);
    }
});
