//! Where a `goto` may jump, and labels defined twice: the part of gc's
//! branch checking (cmd/compile/internal/syntax/branches.go) that the
//! other label checks in `stmt.rs` leave out. A forward `goto` must not
//! jump over a variable declaration of its block, nor into a block it is
//! not in; a label is defined once per function body.
//!
//! The walk follows gc's: each block keeps its forward gotos, resolves
//! those its labels answer, and hands the rest to the enclosing block; what
//! is left at the top jumps into a block (or names no label at all, which
//! `stmt.rs` reports).

use crate::check::Ctx;
use wago_syntax::Symbol;
use wago_syntax::ast::{Decl, Expr, ExprId, Pos, Spec, Stmt, StmtId};
use wago_syntax::token::Token;

/// A block: where it starts, and its enclosing block.
struct Block {
    parent: Option<usize>,
    start: Pos,
}

/// A label: its name's position and the block it is in.
struct Label {
    name: Symbol,
    pos: Pos,
    block: usize,
}

/// A `goto` not yet resolved: its label's name and position.
#[derive(Clone, Copy, PartialEq)]
struct Goto {
    name: Symbol,
    pos: Pos,
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    labels: Vec<Label>,
}

impl Ctx<'_, '_> {
    /// Checks the gotos and labels of one function body.
    pub(crate) fn check_gotos(&mut self, body_start: Pos, stmts: &[StmtId]) {
        let mut walk = Walk::default();
        let left = self.goto_block(&mut walk, None, body_start, stmts);
        for g in left {
            let Some(l) = walk.labels.iter().find(|l| l.name == g.name) else { continue };
            let start = self.decl_pos(walk.blocks[l.block].start);
            let msg = format!("goto {} jumps into block starting{}", self.name(g.name), self.at_text(start));
            self.error(g.pos, msg);
        }
    }

    /// Walks one block; returns its forward gotos that it could not resolve.
    fn goto_block(&mut self, walk: &mut Walk, parent: Option<usize>, start: Pos, stmts: &[StmtId]) -> Vec<Goto> {
        let b = walk.blocks.len();
        walk.blocks.push(Block { parent, start });
        let mut forward: Vec<Goto> = Vec::new();
        // The last variable declaration seen and the gotos that jump over it.
        let mut var_decl: Option<(Pos, String)> = None;
        let mut over_decl: Vec<Goto> = Vec::new();
        let ast = self.ast();
        for &s in stmts {
            let mut s = s;
            while let Stmt::Labeled { label, stmt, .. } = *ast.stmt(s) {
                if let Some((name, pos)) = self.label_name(label) {
                    self.define_label(walk, b, name, pos);
                    forward.retain(|g| {
                        if g.name != name {
                            return true;
                        }
                        if let Some((vpos, vname)) = &var_decl
                            && over_decl.contains(g)
                        {
                            let at = self.at_text(self.decl_pos(*vpos));
                            let msg = format!("goto {} jumps over declaration of {vname}{at}", self.name(name));
                            self.error(g.pos, msg);
                        }
                        false
                    });
                }
                s = stmt;
            }
            if let Some(decl) = self.declared_vars(s) {
                var_decl = Some(decl);
                over_decl = forward.clone();
            }
            match *ast.stmt(s) {
                Stmt::Branch { tok: Token::Goto, label: Some(l), .. } => {
                    if let Some((name, pos)) = self.label_name(l)
                        && !Self::label_in_scope(walk, b, name)
                    {
                        forward.push(Goto { name, pos });
                    }
                }
                Stmt::Block { lbrace, list, .. } => {
                    let inner = ast.stmts_of(list).to_vec();
                    forward.extend(self.goto_block(walk, Some(b), lbrace, &inner));
                }
                _ => {
                    for (start, inner) in self.inner_blocks(s) {
                        forward.extend(self.goto_block(walk, Some(b), start, &inner));
                    }
                }
            }
        }
        forward
    }

    /// The blocks directly inside `s` (if, for, switch and select bodies).
    fn inner_blocks(&self, s: StmtId) -> Vec<(Pos, Vec<StmtId>)> {
        let ast = self.ast();
        let block = |b: StmtId| match *ast.stmt(b) {
            Stmt::Block { lbrace, list, .. } => Some((lbrace, ast.stmts_of(list).to_vec())),
            _ => None,
        };
        let clauses = |b: StmtId| -> Vec<(Pos, Vec<StmtId>)> {
            let Stmt::Block { list, .. } = *ast.stmt(b) else { return Vec::new() };
            ast.stmts_of(list)
                .iter()
                .filter_map(|&c| match *ast.stmt(c) {
                    Stmt::CaseClause { case, body, .. } | Stmt::CommClause { case, body, .. } => {
                        Some((case, ast.stmts_of(body).to_vec()))
                    }
                    _ => None,
                })
                .collect()
        };
        match *ast.stmt(s) {
            Stmt::If { body, els, .. } => {
                let mut out: Vec<_> = block(body).into_iter().collect();
                if let Some(e) = els {
                    let else_if = match *ast.stmt(e) {
                        Stmt::If { if_pos, .. } => Some((if_pos, vec![e])),
                        _ => None,
                    };
                    out.extend(block(e).or(else_if));
                }
                out
            }
            Stmt::For { body, .. } | Stmt::Range(wago_syntax::ast::RangeStmt { body, .. }) => {
                block(body).into_iter().collect()
            }
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } | Stmt::Select { body, .. } => clauses(body),
            _ => Vec::new(),
        }
    }

    /// Declares a label; one already defined in this body is an error.
    fn define_label(&mut self, walk: &mut Walk, block: usize, name: Symbol, pos: Pos) {
        if let Some(prev) = walk.labels.iter().find(|l| l.name == name) {
            let at = self.at_text(self.decl_pos(prev.pos));
            self.error(pos, format!("label {} already defined{at}", self.name(name)));
            return;
        }
        walk.labels.push(Label { name, pos, block });
    }

    /// Whether a label `name` is defined in `block` or a block around it
    /// (so a goto to it jumps backward, which is always allowed).
    fn label_in_scope(walk: &Walk, block: usize, name: Symbol) -> bool {
        let mut b = Some(block);
        while let Some(i) = b {
            if walk.labels.iter().any(|l| l.name == name && l.block == i) {
                return true;
            }
            b = walk.blocks[i].parent;
        }
        false
    }

    fn label_name(&self, e: ExprId) -> Option<(Symbol, Pos)> {
        match *self.ast().expr(e) {
            Expr::Ident { name, pos } if name != self.syms.blank => Some((name, pos)),
            _ => None,
        }
    }

    /// A variable declaration as gc's branch check records it: where it is
    /// (a `var` spec's first name, or the `:=`) and what it declares.
    fn declared_vars(&self, s: StmtId) -> Option<(Pos, String)> {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Assign { lhs, tok: Token::Define, tok_pos, .. } => {
                let names: Vec<String> = ast.exprs_of(lhs).iter().map(|&e| self.expr_str(e)).collect();
                Some((tok_pos, names.join(", ")))
            }
            Stmt::Decl { decl } => {
                let Decl::Gen { tok: Token::Var, specs, .. } = *ast.decl(decl) else { return None };
                let &first = ast.specs_of(specs).first()?;
                let Spec::Value { names, .. } = *ast.spec(first) else { return None };
                let &name = ast.exprs_of(names).first()?;
                Some((self.pos(name), self.expr_str(name)))
            }
            _ => None,
        }
    }
}
