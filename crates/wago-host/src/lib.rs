//! wago-host owns running a WASI preview 1 command module in an embedded
//! wasmtime: it compiles the module, checks that everything it imports is
//! `wasi_snapshot_preview1`, gives it arguments, environment, preopened
//! directories and stdio, calls `_start`, and turns what happened — a
//! return, a `proc_exit`, a trap — into an exit code. It knows nothing of Go
//! or of compilation: any module that a WASI p1 host such as the `wasmtime`
//! CLI runs, it runs. It is the only crate of the workspace that depends on
//! wasmtime.

mod engine;
mod trap;

use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use wasmtime::{Linker, Module, Store, Trap};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

pub use engine::MAX_WASM_STACK;

/// The only import module a WASI preview 1 command may use.
pub const WASI_P1: &str = "wasi_snapshot_preview1";

/// The exit code of a run that trapped: the one gc's runtime uses when a Go
/// program crashes, so scripts see the same status.
pub const TRAP_EXIT_CODE: i32 = 2;

/// How a module is run: what it sees of the world.
#[derive(Clone, Debug, Default)]
pub struct RunConfig {
    /// The guest's `argv`, `argv[0]` (the program's name) included.
    pub args: Vec<String>,
    /// The guest's environment, in order; nothing is inherited implicitly.
    pub env: Vec<(String, String)>,
    /// Host directories the guest may open files under; none by default.
    pub preopens: Vec<Preopen>,
    pub stdio: Stdio,
}

/// A host directory made visible to the guest under another name, read and
/// write, like the `wasmtime` CLI's `--dir HOST::GUEST`.
#[derive(Clone, Debug)]
pub struct Preopen {
    pub host: PathBuf,
    pub guest: String,
}

/// Where the guest's stdin, stdout and stderr go.
#[derive(Clone, Debug, Default)]
pub enum Stdio {
    /// The host process's own streams.
    #[default]
    Inherit,
    /// stdin reads these bytes then sees end of file; stdout and stderr are
    /// collected into [`RunOutcome`].
    Capture { stdin: Vec<u8> },
}

/// What a run that got as far as `_start` ended with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutcome {
    /// `n` for `proc_exit(n)`, 0 when `_start` returns, [`TRAP_EXIT_CODE`]
    /// after a trap.
    pub exit_code: i32,
    /// The trap's report (also written to the guest's stderr), if it trapped.
    pub trap: Option<String>,
    /// What the guest wrote, with [`Stdio::Capture`]; empty otherwise.
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The size of the exported linear memory `memory` at the end, in bytes
    /// (memory never shrinks, so this is its peak); 0 without one.
    pub memory_bytes: u64,
}

/// Why a module could not be started. Failures after `_start` began are not
/// errors but a [`RunOutcome`] with an exit code.
#[derive(Debug)]
pub enum HostError {
    /// The bytes are not a valid WebAssembly module; the validator's message
    /// names the problem and its byte offset.
    Invalid(String),
    /// A valid module that wasmtime could not compile (an unsupported feature).
    Compile(String),
    /// An import a WASI preview 1 host does not provide.
    UnknownImport { module: String, name: String },
    /// The module has no `_start` function to call, or it has a signature
    /// other than `() -> ()`.
    NoStart(String),
    /// A preopened directory could not be opened on the host.
    Preopen { host: PathBuf, message: String },
    /// Linking or instantiation failed (an import of the wrong type, a memory
    /// larger than allowed, a trapping start function, ...).
    Instantiate(String),
    /// The thread that runs the guest could not be created.
    Thread(String),
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostError::Invalid(msg) => write!(f, "invalid WebAssembly module: {msg}"),
            HostError::Compile(msg) => write!(f, "cannot compile WebAssembly module: {msg}"),
            HostError::UnknownImport { module, name } if module == WASI_P1 => {
                write!(f, "module imports `{module}::{name}`, which is not a WASI preview 1 function")
            }
            HostError::UnknownImport { module, name } => {
                write!(f, "module imports `{module}::{name}`; only {WASI_P1} imports can be provided")
            }
            HostError::NoStart(msg) => write!(f, "not a WASI command: {msg}"),
            HostError::Preopen { host, message } => {
                write!(f, "cannot preopen directory {}: {message}", host.display())
            }
            HostError::Instantiate(msg) => write!(f, "cannot instantiate module: {msg}"),
            HostError::Thread(msg) => write!(f, "cannot start the guest thread: {msg}"),
        }
    }
}

impl std::error::Error for HostError {}

/// Compiles `wasm` and runs it as a WASI preview 1 command.
///
/// The guest runs on a thread of its own whose native stack is large enough
/// for [`MAX_WASM_STACK`] (wasm frames live on the native stack), so deep
/// recursion is bounded by that limit rather than by the caller's stack.
pub fn run(wasm: &[u8], cfg: &RunConfig) -> Result<RunOutcome, HostError> {
    std::thread::scope(|scope| {
        let guest = std::thread::Builder::new()
            .name("wago-guest".into())
            .stack_size(engine::GUEST_THREAD_STACK)
            .spawn_scoped(scope, || run_on_this_thread(wasm, cfg))
            .map_err(|e| HostError::Thread(e.to_string()))?;
        // A panic in the guest thread is a bug in wago or wasmtime; re-raise it.
        guest.join().unwrap_or_else(|payload| std::panic::resume_unwind(payload))
    })
}

fn run_on_this_thread(wasm: &[u8], cfg: &RunConfig) -> Result<RunOutcome, HostError> {
    let engine = engine::shared()?;
    let module = compile(engine, wasm)?;

    let mut linker: Linker<WasiP1Ctx> = Linker::new(engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |ctx| ctx).map_err(|e| HostError::Instantiate(e.to_string()))?;
    allow_any_exit_status(&mut linker)?;

    let (ctx, captured) = wasi_ctx(cfg)?;
    let mut store = Store::new(engine, ctx);
    check_imports(&module, &linker, &mut store)?;
    let instance = match linker.instantiate(&mut store, &module) {
        Ok(instance) => instance,
        // The module's start function (not `_start`) ran and ended the run.
        Err(err) if err.is::<Trap>() || err.is::<I32Exit>() => return Ok(finish(store, captured, ended(&err), 0)),
        Err(err) => return Err(HostError::Instantiate(format!("{err:#}"))),
    };
    let start =
        instance.get_typed_func::<(), ()>(&mut store, "_start").map_err(|e| HostError::NoStart(format!("{e:#}")))?;
    let end = match start.call(&mut store, ()) {
        Ok(()) => (0, None),
        Err(err) => ended(&err),
    };
    let memory_bytes = instance.get_memory(&mut store, "memory").map_or(0, |m| m.data_size(&store) as u64);
    Ok(finish(store, captured, end, memory_bytes))
}

/// The exit code and trap report for a guest that stopped with `err`:
/// `proc_exit(n)` is a plain exit; anything else — a trap, or an error of a
/// WASI function that aborts the guest — is a crash.
fn ended(err: &wasmtime::Error) -> (i32, Option<String>) {
    match err.downcast_ref::<I32Exit>() {
        Some(exit) => (exit.0, None),
        None => (TRAP_EXIT_CODE, Some(trap::report(err))),
    }
}

/// Compiles the module. Validation is part of compilation; only when that
/// fails is the module validated on its own, to tell an invalid module (the
/// validator's message, with its offset) from one wasmtime cannot compile.
/// The common path so validates once.
fn compile(engine: &wasmtime::Engine, wasm: &[u8]) -> Result<Module, HostError> {
    Module::new(engine, wasm).map_err(|err| match Module::validate(engine, wasm) {
        Err(invalid) => HostError::Invalid(format!("{invalid:#}")),
        Ok(()) => HostError::Compile(format!("{err:#}")),
    })
}

/// Rejects an import the linker does not define — from another module than
/// `wasi_snapshot_preview1`, or a function WASI p1 does not have — before
/// instantiating, so the message names it. (An import of the wrong type is
/// left to instantiation, whose message names it too.)
fn check_imports(module: &Module, linker: &Linker<WasiP1Ctx>, store: &mut Store<WasiP1Ctx>) -> Result<(), HostError> {
    for import in module.imports() {
        if linker.get_by_import(&mut *store, &import).is_none() {
            return Err(HostError::UnknownImport { module: import.module().into(), name: import.name().into() });
        }
    }
    Ok(())
}

/// Replaces wasmtime-wasi's `proc_exit`, which refuses statuses of 126 and
/// above (shells give those meanings of their own), by one that passes any
/// status through: WASI leaves their meaning to the host, and a Go program's
/// `os.Exit(255)` exits 255 natively.
fn allow_any_exit_status(linker: &mut Linker<WasiP1Ctx>) -> Result<(), HostError> {
    linker.allow_shadowing(true);
    linker
        .func_wrap(WASI_P1, "proc_exit", |status: i32| -> wasmtime::Result<()> { Err(I32Exit(status).into()) })
        .map_err(|e| HostError::Instantiate(e.to_string()))?;
    linker.allow_shadowing(false);
    Ok(())
}

/// The pipes of a captured run, kept to read them back after the run.
struct Captured {
    stdout: MemoryOutputPipe,
    stderr: MemoryOutputPipe,
}

/// Enough for any test's output; a guest writing more sees a write error.
const CAPTURE_LIMIT: usize = 1 << 30;

fn wasi_ctx(cfg: &RunConfig) -> Result<(WasiP1Ctx, Option<Captured>), HostError> {
    let mut b = WasiCtxBuilder::new();
    // The guest runs synchronously on its own thread, so file operations may
    // block it directly instead of hopping through tokio's blocking pool.
    // (Must be set before preopening: each directory records it.)
    b.allow_blocking_current_thread(true);
    b.args(&cfg.args).envs(&cfg.env);
    for p in &cfg.preopens {
        b.preopened_dir(&p.host, &p.guest, FsPerms::ReadWrite)
            .map_err(|e| HostError::Preopen { host: p.host.clone(), message: format!("{e:#}") })?;
    }
    let captured = match &cfg.stdio {
        Stdio::Inherit => {
            b.inherit_stdio();
            None
        }
        Stdio::Capture { stdin } => {
            let captured =
                Captured { stdout: MemoryOutputPipe::new(CAPTURE_LIMIT), stderr: MemoryOutputPipe::new(CAPTURE_LIMIT) };
            b.stdin(MemoryInputPipe::new(stdin.clone()));
            b.stdout(captured.stdout.clone());
            b.stderr(captured.stderr.clone());
            Some(captured)
        }
    };
    Ok((b.build_p1(), captured))
}

/// Collects the captured output and writes the trap report, if any, where
/// the guest's stderr goes: after everything the guest wrote.
fn finish(
    store: Store<WasiP1Ctx>,
    captured: Option<Captured>,
    (exit_code, trap): (i32, Option<String>),
    memory_bytes: u64,
) -> RunOutcome {
    // The store holds clones of the pipes and of the host's streams.
    drop(store);
    let mut outcome = RunOutcome { exit_code, trap, stdout: Vec::new(), stderr: Vec::new(), memory_bytes };
    match captured {
        Some(c) => {
            outcome.stdout = c.stdout.contents().to_vec();
            outcome.stderr = c.stderr.contents().to_vec();
            if let Some(report) = &outcome.trap {
                outcome.stderr.extend_from_slice(report.as_bytes());
            }
        }
        None => {
            if let Some(report) = &outcome.trap {
                // Errors writing a crash report to a closed stderr have nowhere to go.
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(report.as_bytes());
            }
        }
    }
    outcome
}
