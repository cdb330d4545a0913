//! Diagnostics: a message at a position of a file, worded as gc's type
//! checker (types2) words it, and the per-package list they gather in.

use crate::object::FileId;
use wago_syntax::ast::Pos;

/// One type error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: FileId,
    /// Byte offset in the file.
    pub pos: Pos,
    pub msg: String,
    /// A "soft" error (unused variable, import or label): the package is
    /// still well-typed; gc reports them all the same.
    pub soft: bool,
}
