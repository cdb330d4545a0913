//! The wasmtime engine every run shares, and the settings it is made with.
//! Each setting that differs from wasmtime's default says why here; the rest
//! (all of wasmtime 48's default wasm features, 4 GiB memory reservations with
//! guard pages so bounds checks fold into the MMU, signal-based traps) is
//! kept on purpose: what runs under the `wasmtime` CLI runs here, and the
//! reverse.

use crate::HostError;
use std::num::NonZeroUsize;
use std::sync::OnceLock;
use wasmtime::{Config, Engine, OptLevel, Strategy};

/// The most native stack wasm frames may use before the guest traps with
/// "call stack exhausted": 1 GiB, the limit gc puts on a goroutine's stack on
/// 64-bit targets (GOARCH=wasm included). Go programs recurse deeply and
/// wasm frames live on the native stack, so wasmtime's 512 KiB default would
/// stop programs that run under `go`. Only the pages a run touches are
/// committed.
pub const MAX_WASM_STACK: usize = 1 << 30;

/// Stack left for host code under the deepest wasm frame: WASI calls, the
/// trap handler, backtrace capture.
const HOST_STACK_MARGIN: usize = 8 << 20;

/// The native stack of the thread the guest runs on.
pub(crate) const GUEST_THREAD_STACK: usize = MAX_WASM_STACK + HOST_STACK_MARGIN;

/// How many frames a trap's backtrace keeps: gc prints up to 100 frames of a
/// crashing goroutine; wasmtime's default of 20 cuts short the interesting
/// part of deep recursions less often at this size.
const BACKTRACE_FRAMES: usize = 100;

/// The engine, made on first use. An engine holds no per-run state, and
/// making one costs time (it probes the CPU and sets up the compiler), so all
/// runs of the process share it.
pub(crate) fn shared() -> Result<&'static Engine, HostError> {
    static ENGINE: OnceLock<Result<Engine, String>> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&config()).map_err(|e| format!("{e:#}"))).as_ref().map_err(|msg| {
        // Only a build of wasmtime without a compiler or this CPU lacking
        // what Cranelift needs gets here.
        HostError::Compile(format!("cannot configure wasmtime: {msg}"))
    })
}

fn config() -> Config {
    let mut c = Config::new();
    // Cranelift, optimising for speed: programs are compiled once per run and
    // the run should be no slower than `go`'s own wasm under wasmtime.
    c.strategy(Strategy::Cranelift);
    c.cranelift_opt_level(OptLevel::Speed);
    c.max_wasm_stack(MAX_WASM_STACK);
    // wasmtime requires max_wasm_stack <= async_stack_size whenever its
    // `async` feature is compiled in (wasmtime-wasi needs it). No async
    // fiber is ever made here, so this reserves nothing.
    c.async_stack_size(GUEST_THREAD_STACK);
    c.wasm_backtrace_max_frames(NonZeroUsize::new(BACKTRACE_FRAMES));
    // Fuel and epoch interruption stay off: both slow every loop and call,
    // and nothing here needs to stop a guest early yet.
    c
}
