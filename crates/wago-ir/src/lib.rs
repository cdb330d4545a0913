//! wago's intermediate representation: a low-level SSA form between the
//! checked Go program and WebAssembly.
//!
//! A [`Module`] is the whole program (closed world): functions, globals and
//! data objects, each in an arena indexed by a small typed id. A function
//! body is a control-flow graph of blocks with block parameters instead of
//! phi nodes (as in Cranelift); every value has one of five machine types
//! ([`Ty`]), where `ptr` is a 32-bit address the garbage collector must see.
//! Go's aggregates are lowered before they get here: a string is two
//! values, a struct lives in memory. Go's checks (nil, bounds, division)
//! are explicit branches to runtime calls, so later passes and the code
//! generator see every edge.
//!
//! The IR has a text form ([`print`], [`parse`]) that round-trips, a
//! verifier ([`verify`]), and named, ordered passes (`pass`). This crate
//! knows nothing of WebAssembly encoding (that is `wago-wasm`).

pub mod analysis;
pub mod entity;
pub mod ir;
pub mod parse;
pub mod pass;
pub mod passes;
pub mod print;
pub mod reach;
pub mod verify;

pub use entity::{Arena, Id};
pub use ir::*;
