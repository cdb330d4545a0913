//! The monomorphization check: a package must not instantiate its generic
//! functions and types with ever-growing type arguments (`f[P]` calling
//! `f[Box[P]]`), as no finite set of instances could implement it. As
//! types2's `mono.go`, every instantiation adds edges to a graph whose
//! vertices are type parameters (and local named types, which depend on
//! the type parameters around them): an edge from each type parameter a
//! type argument mentions to the instantiated parameter, of weight 1 when
//! the argument is built from the parameter and 0 when it is the parameter
//! itself. A cycle of positive weight is an "instantiation cycle", found
//! as a path longer than the number of vertices in a longest-path
//! relaxation.

use crate::check::Ctx;
use crate::object::{DeclPos, ObjId, ObjKind};
use crate::types::{Type, TypeId};
use std::collections::HashMap;
use wago_syntax::ast::Pos;
use wago_syntax::intern::FxBuild;

/// The instantiation graph of one package.
#[derive(Default)]
pub(crate) struct MonoGraph {
    vertices: Vec<Vertex>,
    edges: Vec<Edge>,
    /// The vertex of a type parameter or local named type, by its type
    /// name object; `None` for a named type without ambient parameters.
    index: HashMap<ObjId, Option<usize>, FxBuild>,
}

struct Vertex {
    /// Weight of the heaviest known path to this vertex.
    weight: u32,
    /// The last edge of that path, and its length.
    pre: usize,
    len: usize,
    obj: ObjId,
}

struct Edge {
    dst: usize,
    src: usize,
    weight: u32,
    /// Where the flow happens, and the type that flows.
    pos: DeclPos,
    ty: TypeId,
}

impl Ctx<'_, '_> {
    /// Records that `tparams` are instantiated with `targs` at `pos` (each
    /// at its own position in `arg_pos` where written explicitly).
    pub(crate) fn mono_record_instance(&mut self, pos: Pos, tparams: &[TypeId], targs: &[TypeId], arg_pos: &[Pos]) {
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let at = arg_pos.get(i).copied().unwrap_or(pos);
            self.mono_assign(at, tp, ta);
        }
    }

    fn mono_assign(&mut self, pos: Pos, tpar: TypeId, targ: TypeId) {
        let Type::TypeParam(p) = self.types.get(tpar) else { return };
        let tobj = p.obj;
        if self.objs.get(tobj).pkg != Some(self.pkg) {
            return;
        }
        let dst = self.mono_vertex(tobj);
        let mut stack = vec![targ];
        while let Some(t) = stack.pop() {
            let t = self.types.unalias(t);
            let flow = |cx: &mut Self, src: usize| {
                let weight = u32::from(t != targ);
                let pos = cx.decl_pos(pos);
                cx.mono.edges.push(Edge { dst, src, weight, pos, ty: targ });
            };
            match self.types.get(t).clone() {
                Type::TypeParam(q) if self.objs.get(q.obj).pkg == Some(self.pkg) => {
                    let src = self.mono_vertex(q.obj);
                    flow(self, src);
                }
                Type::TypeParam(_) => {}
                Type::Named(n) => {
                    let origin = self.types.get(n.origin.unwrap_or(t)).clone();
                    if let Type::Named(o) = origin
                        && let Some(src) = self.mono_local_named_vertex(o.obj)
                    {
                        flow(self, src);
                    }
                    stack.extend(n.type_args.iter().rev());
                }
                Type::Array { elem, .. } | Type::Chan { elem, .. } | Type::Pointer(elem) | Type::Slice(elem) => {
                    stack.push(elem)
                }
                Type::Map { key, elem } => stack.extend([elem, key]),
                Type::Interface(_) => {
                    let methods = self.type_set(t).methods.clone();
                    stack.extend(methods.iter().rev().map(|&m| self.objs.get(m).ty));
                }
                Type::Signature(sig) => stack.extend([sig.results, sig.params]),
                Type::Tuple(vars) => stack.extend(vars.iter().rev().map(|&v| self.objs.get(v).ty)),
                Type::Struct(st) => stack.extend(st.fields.iter().rev().map(|&f| self.objs.get(f).ty)),
                _ => {}
            }
        }
    }

    /// The vertex of a type parameter.
    fn mono_vertex(&mut self, obj: ObjId) -> usize {
        if let Some(&Some(i)) = self.mono.index.get(&obj) {
            return i;
        }
        let i = self.mono.vertices.len();
        self.mono.vertices.push(Vertex { weight: 0, pre: 0, len: 0, obj });
        self.mono.index.insert(obj, Some(i));
        i
    }

    /// The vertex of a named type declared inside a generic function: it
    /// depends on the type parameters in scope where it is declared.
    fn mono_local_named_vertex(&mut self, obj: ObjId) -> Option<usize> {
        let o = self.objs.get(obj);
        if o.pkg != Some(self.pkg) {
            return None;
        }
        let root = self.package(self.pkg).scope;
        let (Some(parent), decl_at) = (o.parent, o.pos) else { return None };
        if parent == root {
            return None;
        }
        if let Some(&i) = self.mono.index.get(&obj) {
            return i;
        }
        let mut ambient = Vec::new();
        let mut scope = Some(parent);
        while let Some(s) = scope.filter(|&s| s != root) {
            let sc = self.ck.scopes.get(s);
            for &elem in sc.names.values() {
                let e = self.objs.get(elem);
                let before = e.pos.file == decl_at.file && e.pos.pos < decl_at.pos;
                if before
                    && matches!(e.kind, ObjKind::TypeName { .. })
                    && let Type::TypeParam(p) = self.types.get(e.ty)
                {
                    ambient.push((p.obj, e.ty));
                }
            }
            scope = sc.parent;
        }
        ambient.sort_unstable_by_key(|&(o, _)| o);
        ambient.dedup_by_key(|&mut (o, _)| o);
        let idx = (!ambient.is_empty()).then(|| {
            let i = self.mono.vertices.len();
            self.mono.vertices.push(Vertex { weight: 0, pre: 0, len: 0, obj });
            i
        });
        self.mono.index.insert(obj, idx);
        if let Some(i) = idx {
            for (tobj, tp) in ambient {
                let src = self.mono_vertex(tobj);
                self.mono.edges.push(Edge { dst: i, src, weight: 1, pos: decl_at, ty: tp });
            }
        }
        idx
    }

    /// Reports an instantiation cycle if the graph has one.
    pub(crate) fn monomorph(&mut self) {
        let n = self.mono.vertices.len();
        let mut again = true;
        while again {
            again = false;
            for i in 0..self.mono.edges.len() {
                let e = &self.mono.edges[i];
                let (src, dst, w) = (e.src, e.dst, e.weight);
                let weight = self.mono.vertices[src].weight + w;
                if weight <= self.mono.vertices[dst].weight {
                    continue;
                }
                let len = self.mono.vertices[src].len + 1;
                let d = &mut self.mono.vertices[dst];
                d.pre = i;
                d.len = len;
                if len == n {
                    self.report_instance_loop(dst);
                    return;
                }
                d.weight = weight;
                again = true;
            }
        }
    }

    fn report_instance_loop(&mut self, mut v: usize) {
        let mut stack = Vec::new();
        let mut seen = vec![false; self.mono.vertices.len()];
        while !seen[v] {
            stack.push(v);
            seen[v] = true;
            v = self.mono.edges[self.mono.vertices[v].pre].src;
        }
        // Drop the path leading into the cycle.
        let start = stack.iter().position(|&s| s == v).unwrap_or(0);
        let stack = &stack[start..];
        let obj0 = self.mono.vertices[v].obj;
        let mut msg = String::from("instantiation cycle:");
        for &s in stack {
            let e = &self.mono.edges[self.mono.vertices[s].pre];
            let obj = self.mono.vertices[e.dst].obj;
            let (name, ty, at) = (self.obj_name(obj).to_string(), self.ts(e.ty), e.pos);
            let what = match self.types.get(self.objs.get(obj).ty) {
                Type::TypeParam(_) => "instantiated as",
                _ => "implicitly parameterized by",
            };
            msg.push_str(&self.note(at, &format!("{name} {what} {ty}")));
        }
        let at = self.objs.get(obj0).pos;
        let saved = self.file;
        if let Some(f) = self.files.iter().position(|fi| Some(fi.id) == at.file) {
            self.file = f;
        }
        self.error(at.pos, msg);
        self.file = saved;
    }
}
