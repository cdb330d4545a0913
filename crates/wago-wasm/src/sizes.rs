//! Bytes per section of a module, for `wago size`: read from the section
//! headers alone, so it works on any well-formed module.

/// Each section's name (`type`, `code`, …; custom sections as
/// `custom:NAME`) and its size in bytes, header included, in module order.
/// The sizes add up to the module's size less its 8-byte preamble. Stops at
/// the first malformed header.
pub fn section_sizes(wasm: &[u8]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut pos = 8;
    while pos < wasm.len() {
        let start = pos;
        let id = wasm[pos];
        pos += 1;
        let Some((len, n)) = read_uleb(&wasm[pos..]) else { break };
        pos += n;
        let Some(end) = pos.checked_add(len).filter(|&e| e <= wasm.len()) else { break };
        let name = match id {
            0 => match read_uleb(&wasm[pos..end]) {
                Some((k, m)) if pos + m + k <= end => {
                    format!("custom:{}", String::from_utf8_lossy(&wasm[pos + m..pos + m + k]))
                }
                _ => "custom".to_string(),
            },
            _ => section_name(id).to_string(),
        };
        out.push((name, end - start));
        pos = end;
    }
    out
}

fn section_name(id: u8) -> &'static str {
    match id {
        1 => "type",
        2 => "import",
        3 => "function",
        4 => "table",
        5 => "memory",
        6 => "global",
        7 => "export",
        8 => "start",
        9 => "element",
        10 => "code",
        11 => "data",
        12 => "datacount",
        13 => "tag",
        _ => "unknown",
    }
}

fn read_uleb(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut value: u64 = 0;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((usize::try_from(value).ok()?, i + 1));
        }
    }
    None
}
