//! What a package's assembly files tell a compiler without an assembler:
//! the functions whose whole body is a jump to one of the package's Go
//! functions (`TEXT ·addVV(SB),NOSPLIT,$0` then `JMP ·addVV_g(SB)`), as
//! gc's ports without a fast path write them (math/big, chacha8rand), and
//! the ones whose whole body is `RET` (markers such as
//! crypto/internal/boring/sig's). A body-less Go declaration with such a
//! trampoline is its target; with an empty one (target ""), it returns.

/// `(name, target)` for each trampoline in an assembly file's text.
pub fn trampolines(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("TEXT") {
            out.extend(current.take().and_then(trampoline));
            current = local_symbol(rest.trim()).map(|name| (name, Vec::new()));
        } else if let Some((_, body)) = &mut current {
            body.push(line);
        }
    }
    out.extend(current.and_then(trampoline));
    out
}

/// A function whose body is one jump to a local symbol: (name, target);
/// one whose body is `RET`: (name, "").
fn trampoline((name, body): (String, Vec<&str>)) -> Option<(String, String)> {
    let [only] = body[..] else { return None };
    if only == "RET" {
        return Some((name, String::new()));
    }
    Some((name, jump_target(only)?))
}

/// `JMP ·target(SB)` → `target`.
fn jump_target(line: &str) -> Option<String> {
    local_symbol(line.strip_prefix("JMP")?.trim())
}

/// `·name(SB)…` → `name` (the package's own symbol).
fn local_symbol(s: &str) -> Option<String> {
    let name = s.strip_prefix('·')?.split("(SB)").next()?;
    let ok = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    ok.then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::trampolines;

    #[test]
    fn single_jumps_are_trampolines() {
        let text = "// Copyright\n\n#include \"textflag.h\"\n\nTEXT ·addVV(SB),NOSPLIT,$0\n\tJMP ·addVV_g(SB)\n\n\
                    TEXT ·block(SB), NOSPLIT, $0\n\tJMP ·block_generic(SB) // tail call\n\n\
                    TEXT ·load(SB),NOSPLIT,$0-8\n\tMOVD ptr+0(FP), R0\n\tJMP ·other(SB)\n\
                    TEXT runtime·x(SB),NOSPLIT,$0\n\tJMP ·y(SB)\n\
                    TEXT ·StandardCrypto(SB),$0\n\tRET\n";
        let got = trampolines(text);
        let want = [("addVV", "addVV_g"), ("block", "block_generic"), ("StandardCrypto", "")];
        assert_eq!(got, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }
}
