//! The report of a run that ended in a trap (or in a host-side error raised
//! while the guest ran): one line naming the reason, then the wasm frames
//! innermost first, named from the module's name section when it has one
//! (`func[N]` otherwise), with the byte offset in the module:
//!
//! ```text
//! wago: trap: wasm `unreachable` instruction executed
//!     0: main.crash @ 0x5a
//!     1: _start @ 0x61
//! ```

use std::fmt::Write;
use wasmtime::{FrameInfo, Trap, WasmBacktrace};

pub(crate) fn report(err: &wasmtime::Error) -> String {
    let mut out = format!("wago: trap: {}\n", reason(err));
    let Some(trace) = err.downcast_ref::<WasmBacktrace>() else { return out };
    let lines: Vec<String> = trace.frames().iter().map(frame_line).collect();
    let mut i = 0;
    while i < lines.len() {
        let _ = writeln!(out, "    {i}: {}", lines[i]);
        // A runaway recursion fills the trace with one frame: say so once.
        let repeats = lines[i + 1..].iter().take_while(|l| **l == lines[i]).count();
        if repeats > 1 {
            let _ = writeln!(out, "       (repeated {repeats} more times)");
        }
        i += 1 + if repeats > 1 { repeats } else { 0 };
    }
    out
}

/// `name @ offset`: the function's name from the name section, else its
/// index; the trapping instruction's or call's offset in the module when
/// wasmtime knows it.
fn frame_line(frame: &FrameInfo) -> String {
    let name = frame.func_name().map_or_else(|| format!("func[{}]", frame.func_index()), str::to_string);
    match frame.module_offset() {
        Some(offset) => format!("{name} @ {offset:#x}"),
        None => name,
    }
}

/// The trap's own description when it is a wasm trap (without wasmtime's
/// "wasm trap: " prefix: the line already says so); otherwise the error a
/// host function failed with (e.g. a write beyond a captured stream's limit),
/// its causes joined with ": ".
fn reason(err: &wasmtime::Error) -> String {
    match err.downcast_ref::<Trap>() {
        Some(trap) => {
            let text = trap.to_string();
            text.strip_prefix("wasm trap: ").map_or(text.clone(), str::to_string)
        }
        None => format!("{err:#}"),
    }
}
