//! wago-wasm turns a whole-program IR [`Module`](wago_ir::Module) into a
//! WebAssembly module for WASI preview 1: it keeps only what the entry and
//! the exports reach ([`reach`]), lays out data and the function table
//! ([`link`]), structures each function's control-flow graph into wasm's
//! `block`/`loop`/`if` ([`cfg`], [`structure`]), assigns values to the
//! operand stack or to shared locals ([`locals`]), selects instructions
//! ([`func`]), and validates the result with wasmparser before handing it
//! back. It knows nothing of Go: conventions (what `_start` is, where the
//! heap begins) are the IR's.

mod cfg;
mod func;
mod link;
mod locals;
mod module;
mod reach;
mod shape;
mod sizes;
mod structure;

use std::fmt;

pub use sizes::section_sizes;

/// What the emitter produces besides the code itself.
#[derive(Clone, Debug)]
pub struct EmitOptions {
    /// Write a `name` custom section with the functions' link names
    /// (for traps and profiles); off for the smallest module.
    pub names: bool,
    /// Free bytes the initial memory has past the end of the data, at least
    /// (rounded up to whole 64 KiB pages).
    pub heap_headroom: u32,
    /// Leave single-use values on the operand stack (on by default; off
    /// only to measure what it saves).
    pub stackify: bool,
    /// Share one local between values whose live ranges do not overlap (on
    /// by default; off only to measure what it saves).
    pub share_locals: bool,
}

impl Default for EmitOptions {
    fn default() -> Self {
        EmitOptions { names: true, heap_headroom: 64 * 1024, stackify: true, share_locals: true }
    }
}

/// Why a module could not be emitted: an IR construct the code generator
/// cannot express, or a module the validator rejects. `func` names the
/// function at fault when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmitError {
    pub func: Option<String>,
    pub message: String,
}

impl EmitError {
    fn module(message: impl Into<String>) -> Self {
        EmitError { func: None, message: message.into() }
    }
    fn in_func(func: &str, message: impl Into<String>) -> Self {
        EmitError { func: Some(func.to_string()), message: message.into() }
    }
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.func {
            Some(func) => write!(f, "in function {func}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for EmitError {}

/// Emits `module` as a validated WebAssembly binary.
pub fn emit(module: &wago_ir::Module, opts: &EmitOptions) -> Result<Vec<u8>, EmitError> {
    module::emit(module, opts)
}
