//! Lexical scopes: the universe, packages, files, and every block.

use crate::object::ObjId;
use std::collections::HashMap;
use wago_syntax::Symbol;
use wago_syntax::ast::Pos;
use wago_syntax::intern::FxBuild;

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ScopeId(pub u32);

#[derive(Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<Symbol, ObjId, FxBuild>,
    /// The byte range the scope covers in its file (for "what is at offset").
    pub span: (Pos, Pos),
    /// A function's outermost scope: labels and `return` stop here.
    pub is_func: bool,
}

#[derive(Default, Debug)]
pub struct ScopeStore {
    scopes: Vec<Scope>,
}

impl ScopeStore {
    /// Makes room for `n` more scopes without moving the arena.
    pub fn reserve(&mut self, n: usize) {
        self.scopes.reserve(n);
    }

    pub fn add(&mut self, parent: Option<ScopeId>, span: (Pos, Pos), is_func: bool) -> ScopeId {
        self.scopes.push(Scope { parent, names: HashMap::default(), span, is_func });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// Declares `obj` as `name` in `scope`; returns the object already
    /// declared under that name, if any (and then declares nothing).
    pub fn insert(&mut self, scope: ScopeId, name: Symbol, obj: ObjId) -> Option<ObjId> {
        let names = &mut self.scopes[scope.0 as usize].names;
        if let Some(&prev) = names.get(&name) {
            return Some(prev);
        }
        names.insert(name, obj);
        None
    }

    /// The object `name` denotes in `scope` only.
    pub fn lookup_local(&self, scope: ScopeId, name: Symbol) -> Option<ObjId> {
        self.get(scope).names.get(&name).copied()
    }

    /// The innermost object `name` denotes, searching outwards.
    pub fn lookup(&self, mut scope: ScopeId, name: Symbol) -> Option<(ScopeId, ObjId)> {
        loop {
            if let Some(o) = self.lookup_local(scope, name) {
                return Some((scope, o));
            }
            scope = self.get(scope).parent?;
        }
    }
}
