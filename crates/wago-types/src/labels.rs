//! Labels and labelled branches checked the way types2 checks them when
//! the parser has not (`Checker::types2_labels`): go/types' and types2's
//! own tests run so, while gc's build checks them in its parser
//! (`syntax.CheckBranches`, mirrored by `gotos.rs` and `stmt.rs`), with
//! other wording and slightly other rules (a `break L` to a label that is
//! not its target does not count as a use here).
//!
//! One walk over a function body: each block records its labels and the
//! labelled statement it belongs to; a `goto` to a label not yet seen is a
//! forward jump, resolved by a later label of its block or handed to the
//! enclosing block; a forward jump resolved after a variable declaration
//! of the block jumps over it; what is left at the top jumps into a block
//! or names no label.

use crate::check::Ctx;
use wago_syntax::Symbol;
use wago_syntax::ast::{Decl, Expr, Pos, Spec, Stmt, StmtId};
use wago_syntax::token::Token;

/// A declared label and whether a branch uses it.
struct Declared {
    name: Symbol,
    pos: Pos,
    used: bool,
}

/// A labelled branch statement: its label's name and position.
#[derive(Clone, Copy, PartialEq)]
struct Jump {
    name: Symbol,
    pos: Pos,
    stmt: StmtId,
}

/// A block: its enclosing block, the labelled statement it belongs to
/// (label and statement), and the labels declared in it.
struct Block<'p> {
    parent: Option<&'p Block<'p>>,
    labelled: Option<(Symbol, StmtId)>,
    labels: Vec<Symbol>,
}

impl Block<'_> {
    /// Whether `name` is declared in this block or an enclosing one.
    fn goto_target(&self, name: Symbol) -> bool {
        let mut b = Some(self);
        while let Some(blk) = b {
            if blk.labels.contains(&name) {
                return true;
            }
            b = blk.parent;
        }
        false
    }

    /// The innermost enclosing statement labelled `name`.
    fn enclosing_target(&self, name: Symbol) -> Option<StmtId> {
        let mut b = Some(self);
        while let Some(blk) = b {
            if let Some((n, s)) = blk.labelled
                && n == name
            {
                return Some(s);
            }
            b = blk.parent;
        }
        None
    }
}

/// What one block's walk tracks: its forward jumps, and the line of its
/// last variable declaration with the forward jumps pending there.
#[derive(Default)]
struct Pending {
    forward: Vec<Jump>,
    var_decl_line: Option<u32>,
    over_decl: Vec<Jump>,
}

impl Ctx<'_, '_> {
    /// Checks the labels and labelled branches of one function body.
    pub(crate) fn check_labels_types2(&mut self, stmts: &[StmtId]) {
        let mut all = Vec::new();
        let left = self.block_branches(&mut all, None, None, stmts);
        for jmp in left {
            let n = self.name(jmp.name).to_string();
            match all.iter_mut().find(|d| d.name == jmp.name) {
                Some(d) => {
                    d.used = true; // one error is enough
                    self.error(jmp.pos, format!("goto {n} jumps into block"));
                }
                None => self.error(jmp.pos, format!("label {n} not declared")),
            }
        }
        for d in all.iter().filter(|d| !d.used) {
            let n = self.name(d.name).to_string();
            self.soft_error(d.pos, format!("label {n} declared and not used"));
        }
    }

    /// Walks a block's statements; returns its unresolved forward jumps.
    fn block_branches(
        &mut self,
        all: &mut Vec<Declared>,
        parent: Option<&Block>,
        labelled: Option<(Symbol, StmtId)>,
        stmts: &[StmtId],
    ) -> Vec<Jump> {
        let mut b = Block { parent, labelled, labels: Vec::new() };
        let mut pending = Pending::default();
        for &s in stmts {
            self.stmt_branches(all, &mut b, &mut pending, None, s);
        }
        pending.forward
    }

    fn stmt_branches(
        &mut self,
        all: &mut Vec<Declared>,
        b: &mut Block,
        pending: &mut Pending,
        labelled: Option<(Symbol, StmtId)>,
        s: StmtId,
    ) {
        let ast = self.ast();
        match *ast.stmt(s) {
            Stmt::Decl { decl } => {
                if let Decl::Gen { tok: Token::Var, specs, .. } = *ast.decl(decl) {
                    for &spec in ast.specs_of(specs) {
                        if let Spec::Value { names, .. } = *ast.spec(spec)
                            && let Some(&first) = ast.exprs_of(names).first()
                        {
                            self.record_var_decl(pending, self.pos(first));
                        }
                    }
                }
            }
            Stmt::Assign { tok: Token::Define, tok_pos, .. } => self.record_var_decl(pending, tok_pos),
            Stmt::Labeled { label, stmt, .. } => {
                let mut labelled = labelled;
                if let Expr::Ident { name, pos } = *ast.expr(label)
                    && name != self.syms.blank
                {
                    self.declare_label(all, b, pending, name, pos);
                    labelled = Some((name, stmt));
                }
                self.stmt_branches(all, b, pending, labelled, stmt);
            }
            Stmt::Branch { tok, label: Some(l), .. } => {
                let Expr::Ident { name, pos } = *ast.expr(l) else { return };
                let n = self.name(name).to_string();
                let target = b.enclosing_target(name).map(|t| ast.stmt(t));
                match tok {
                    Token::Break => {
                        let valid = matches!(
                            target,
                            Some(
                                Stmt::Switch { .. }
                                    | Stmt::TypeSwitch { .. }
                                    | Stmt::Select { .. }
                                    | Stmt::For { .. }
                                    | Stmt::Range(_)
                            )
                        );
                        if !valid {
                            self.error(pos, format!("invalid break label {n}"));
                            return;
                        }
                    }
                    Token::Continue => {
                        if !matches!(target, Some(Stmt::For { .. } | Stmt::Range(_))) {
                            self.error(pos, format!("invalid continue label {n}"));
                            return;
                        }
                    }
                    Token::Goto => {
                        if !b.goto_target(name) {
                            pending.forward.push(Jump { name, pos, stmt: s });
                            return;
                        }
                    }
                    _ => return,
                }
                if let Some(d) = all.iter_mut().find(|d| d.name == name) {
                    d.used = true;
                }
            }
            Stmt::Block { list, .. } => {
                let list = ast.stmts_of(list).to_vec();
                let left = self.block_branches(all, Some(b), labelled, &list);
                pending.forward.extend(left);
            }
            Stmt::If { body, els, .. } => {
                self.stmt_branches(all, b, pending, labelled, body);
                if let Some(e) = els {
                    self.stmt_branches(all, b, pending, labelled, e);
                }
            }
            Stmt::Switch { body, .. } | Stmt::TypeSwitch { body, .. } | Stmt::Select { body, .. } => {
                let inner = Block { parent: Some(b), labelled, labels: Vec::new() };
                let Stmt::Block { list, .. } = *ast.stmt(body) else { return };
                for &c in ast.stmts_of(list) {
                    if let Stmt::CaseClause { body, .. } | Stmt::CommClause { body, .. } = *ast.stmt(c) {
                        let clause = ast.stmts_of(body).to_vec();
                        let left = self.block_branches(all, Some(&inner), None, &clause);
                        pending.forward.extend(left);
                    }
                }
            }
            Stmt::For { body, .. } | Stmt::Range(wago_syntax::ast::RangeStmt { body, .. }) => {
                self.stmt_branches(all, b, pending, labelled, body);
            }
            _ => {}
        }
    }

    /// A variable declaration: the forward jumps pending now jump over it
    /// if a later label of this block resolves them.
    fn record_var_decl(&self, pending: &mut Pending, pos: Pos) {
        pending.var_decl_line = Some(self.line_of(pos));
        pending.over_decl = pending.forward.clone();
    }

    /// Declares label `name` in block `b` (once per body) and resolves the
    /// forward jumps to it.
    fn declare_label(&mut self, all: &mut Vec<Declared>, b: &mut Block, pending: &mut Pending, name: Symbol, pos: Pos) {
        let n = self.name(name).to_string();
        let index = match all.iter().position(|d| d.name == name) {
            Some(prev) => {
                let note = self.note(self.decl_pos(all[prev].pos), &format!("other declaration of {n}"));
                self.soft_error(pos, format!("label {n} already declared{note}"));
                None
            }
            None => {
                b.labels.push(name);
                all.push(Declared { name, pos, used: false });
                Some(all.len() - 1)
            }
        };
        let mut resolved = Vec::new();
        pending.forward.retain(|j| {
            if j.name == name {
                resolved.push(*j);
                return false;
            }
            true
        });
        for j in resolved {
            if let Some(i) = index {
                all[i].used = true;
            }
            if let Some(line) = pending.var_decl_line
                && pending.over_decl.contains(&j)
            {
                self.soft_error(j.pos, format!("goto {n} jumps over variable declaration at line {line}"));
            }
        }
    }

    /// The 1-based line of `pos` in the current file.
    fn line_of(&self, pos: Pos) -> u32 {
        let end = (pos as usize).min(self.src().len());
        self.src().as_bytes()[..end].iter().filter(|&&c| c == b'\n').count() as u32 + 1
    }
}
