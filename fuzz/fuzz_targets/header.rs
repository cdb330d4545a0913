//! Fuzz target: a file name (the first line) and a source text (the rest)
//! through the loader's file selection: name matching by `_GOOS_GOARCH`
//! suffix and the build-constraint header scan, for a few targets. Any
//! input gives a verdict or a constraint error inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use wago_loader::BuildContext;

fuzz_target!(|data: &[u8]| {
    static CONTEXTS: OnceLock<Vec<BuildContext>> = OnceLock::new();
    let contexts = CONTEXTS.get_or_init(|| {
        vec![
            BuildContext::new("wasip1", "wasm", 27, vec![], ""),
            BuildContext::new("linux", "amd64", 22, vec!["purego".into(), "x".into()], "jsonv2,noregabiargs"),
            BuildContext::new("", "", 0, vec![String::new()], ",,no,none"),
        ]
    });
    let text = String::from_utf8_lossy(data);
    let (name, src) = text.split_once('\n').unwrap_or((&text, &text));
    for cx in contexts {
        for tests in [false, true] {
            let _ = cx.match_file_name(name, tests);
        }
        let _ = cx.good_os_arch_file(name);
        let _ = cx.match_tag(name);
        if let Err(e) = cx.should_build(src) {
            assert!((e.offset as usize) < src.len(), "offset {} past {} bytes", e.offset, src.len());
        }
    }
});
