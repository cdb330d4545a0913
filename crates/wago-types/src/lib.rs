//! The Go type checker: types, objects, scopes, the universe, exact
//! constants, and the checking of packages against the spec, with
//! diagnostics worded as gc's (types2) and results kept for later phases.
//! It reads `wago-syntax` trees; it knows nothing of files on disk, of
//! where packages come from (the loader feeds it), or of code generation.
//!
//! Design:
//! - One [`Checker`] per program holds arenas shared by all packages, so
//!   identities hold across imports: [`TypeStore`] (types by `TypeId`),
//!   `ObjectStore` (objects by `ObjId`), `ScopeStore` (scopes by `ScopeId`),
//!   packages by `PkgId`. Packages are checked one at a time, in dependency
//!   order, with [`Checker::check_package`]; each gets a [`TypeInfo`].
//! - Hash-consing: pointer, slice, array, map and channel types are interned
//!   on their element ids (`[]T` built twice is one id). Structs (fields are
//!   objects with names, packages and tags), signatures and tuples
//!   (parameter objects) and interfaces (method objects, lazily computed
//!   type sets) are not: their identity is structural, decided by
//!   `Checker::identical` with "same id" as the fast path. Named types are
//!   nominal; instances of generic types are cached by (origin, arguments).
//! - Constants are exact (`constant::Value`): integers are `IBig`, untyped
//!   floats exact rationals (`RBig`), complex numbers pairs of rationals;
//!   typed floats are rounded to float32/float64 on conversion.
//! - Package-level objects are collected first, then resolved on demand in
//!   dependency order (grey/black marking finds cycles), function bodies
//!   last. Per-package state lives in `check::Ctx`, which derefs to the
//!   Checker. Results: type and value of every expression, defs and uses of
//!   identifiers, implicit objects, and the initialization order.
//! - Sizes are the caller's choice: `Sizes::for_target` gives gc's view of
//!   a GOARCH for checking upstream sources (see `sizes`).

pub mod assign;
pub mod call;
pub mod check;
pub mod constant;
pub mod decl;
pub mod errors;
pub mod expr;
pub mod exprstring;
pub mod generics;
mod gotos;
pub mod iface;
pub mod infer;
mod initgraph;
mod labels;
pub mod lookup;
mod mono;
pub mod object;
pub mod operand;
pub mod predicates;
pub mod scope;
pub mod sizes;
pub mod stmt;
pub mod types;
pub mod typestring;
pub mod typexpr;
pub mod universe;
pub mod validtype;

pub use check::{Checker, ExprObjs, ExprTypes, FileInput, Mode, PackageInput, TypeAndValue, TypeInfo};
pub use errors::Diagnostic;
pub use object::{FileId, ObjId, PkgId};
pub use sizes::Sizes;
pub use types::{TypeId, TypeStore};
