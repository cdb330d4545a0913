//! What every fuzz input must satisfy once parsed, shared by the mutation
//! fuzzer (`parser_fuzz.rs`), the regression harness (`fuzz_regressions.rs`)
//! and the cargo-fuzz targets (`fuzz/`): parsing returns instead of
//! panicking, and every node, comment and error of the result has a
//! position inside the file, with `pos <= end`, that the accessors built on
//! positions (`span.rs`, `directives`, `LineIndex`) can use without
//! panicking either.

#![allow(dead_code)] // each including crate uses a different part

use wago_syntax::ast::{File, NO_POS, Pos};
use wago_syntax::{Interner, LineIndex, ParsedFile, parse_file};

/// Inputs up to this size are also dumped (`wago_syntax::dump`).
const DUMP_LIMIT: usize = 4096;

/// Parses `src` and checks the result; `Err` describes the first violation.
/// A panic inside the parser propagates to the caller.
pub fn parse_and_check(src: &str, interner: &Interner) -> Result<(), String> {
    let parsed = parse_file(src, interner);
    check_parsed(src, &parsed, interner)
}

/// Checks every position of a parsed file against its source.
pub fn check_parsed(src: &str, parsed: &ParsedFile, interner: &Interner) -> Result<(), String> {
    let len = src.len() as Pos;
    let lines = LineIndex::new(src);
    for e in &parsed.errors {
        if e.offset > len {
            return Err(format!("error {:?} at {} is past the end ({len})", e.msg, e.offset));
        }
        lines.line_col(e.offset);
    }
    let f = &parsed.ast;
    check_nodes(src, f, interner)?;
    check_comments(src, f)?;
    let (pos, end) = f.file_span(interner);
    check_span(pos, end, len, || "the file".into())?;
    let _ = (f.imports().count(), f.directives(src).count(), f.package_name(), &f.go_version);
    // The dump indents each node by its depth, so its size grows with the
    // square of the nesting: dump only small inputs.
    if src.len() <= DUMP_LIMIT {
        let _ = wago_syntax::dump::dump_file(f, src, interner);
    }
    Ok(())
}

/// Checks one node's span: both ends (when present) within the file, and
/// the start not after the end. As in go/ast, the `_` that stands for an
/// identifier missing at the end of the file ends one byte past it, and so
/// do the nodes that end with it: that one byte of slack is allowed.
fn check_span(pos: Pos, end: Pos, len: Pos, what: impl FnOnce() -> String) -> Result<(), String> {
    let bad = (pos != NO_POS && pos > len)
        || (end != NO_POS && end > len + 1)
        || (pos != NO_POS && end != NO_POS && pos > end);
    if bad {
        return Err(format!("{} has span {pos}..{end} in a file of {len} bytes", what()));
    }
    Ok(())
}

/// At most this many nodes of each kind get their spans checked. A span
/// accessor recurses down to the node's first or last leaf, so checking
/// every node of a tree nested 100 000 deep would take quadratic time.
const CHECKED_PER_KIND: usize = 4096;

/// Up to [`CHECKED_PER_KIND`] evenly spaced indices of `0..n`, the last included.
fn checked(n: usize) -> impl Iterator<Item = u32> {
    let step = n.div_ceil(CHECKED_PER_KIND).max(1);
    (0..n).rev().step_by(step).map(|i| i as u32)
}

fn check_nodes(src: &str, f: &File, names: &Interner) -> Result<(), String> {
    use wago_syntax::ast::*;
    let len = src.len() as Pos;
    for i in checked(f.exprs.len()) {
        let id = ExprId::new(i);
        check_span(f.expr_pos(id), f.expr_end(id, names), len, || format!("expr {:?}", f.expr(id)))?;
        if let Expr::BasicLit { pos, end, .. } = *f.expr(id)
            && (pos > end || src.get(pos as usize..end as usize).is_none())
        {
            return Err(format!("literal {pos}..{end} is not a slice of the source"));
        }
    }
    for i in checked(f.stmts.len()) {
        let id = StmtId::new(i);
        check_span(f.stmt_pos(id), f.stmt_end(id, names), len, || format!("stmt {:?}", f.stmt(id)))?;
    }
    for i in checked(f.decls.len()) {
        let id = DeclId::new(i);
        check_span(f.decl_pos(id), f.decl_end(id, names), len, || format!("decl {:?}", f.decl(id)))?;
    }
    for i in checked(f.specs.len()) {
        let id = SpecId::new(i);
        check_span(f.spec_pos(id), f.spec_end(id, names), len, || format!("spec {:?}", f.spec(id)))?;
    }
    for i in checked(f.fields.len()) {
        let id = FieldId::new(i);
        check_span(f.field_pos(id), f.field_end(id, names), len, || format!("field {:?}", f.field(id)))?;
    }
    for i in checked(f.field_lists.len()) {
        let id = FieldListId::new(i);
        let what = || format!("field list {:?}", f.field_list(id));
        check_span(f.field_list_pos(id), f.field_list_end(id, names), len, what)?;
    }
    Ok(())
}

fn check_comments(src: &str, f: &File) -> Result<(), String> {
    for c in &f.comments {
        if c.slash >= c.end || src.get(c.slash as usize..c.end as usize).is_none() {
            return Err(format!("comment {}..{} is not a slice of the source", c.slash, c.end));
        }
    }
    for g in 0..f.comment_groups.len() {
        let _ = f.comments_of(wago_syntax::ast::CommentGroupId::new(g as u32)).count();
    }
    Ok(())
}
