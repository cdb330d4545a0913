//! Expressions printed as gc's type checker prints them in messages
//! (types2's short form: `x + y`, `f(a, b)`, `T{…}`, `func() {…}`).

use wago_syntax::Interner;
use wago_syntax::ast::{ChanDir, Expr, ExprId, FieldListId, File, SliceExpr};

pub fn expr_string(f: &File, names: &Interner, src: &str, e: ExprId) -> String {
    let mut p = Printer { f, names, src, out: String::new() };
    p.expr(e);
    p.out
}

struct Printer<'a> {
    f: &'a File,
    names: &'a Interner,
    src: &'a str,
    out: String,
}

impl Printer<'_> {
    fn list(&mut self, items: &[ExprId]) {
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(x);
        }
    }

    fn expr(&mut self, e: ExprId) {
        match *self.f.expr(e) {
            Expr::Bad { .. } => self.out.push_str("BadExpr"),
            Expr::Ident { name, .. } => self.out.push_str(self.names.resolve(name)),
            Expr::Ellipsis { elt, .. } => {
                self.out.push_str("...");
                if let Some(t) = elt {
                    self.expr(t);
                }
            }
            Expr::BasicLit { pos, end, .. } => self.out.push_str(&self.src[pos as usize..end as usize]),
            Expr::FuncLit { ty, .. } => {
                self.expr(ty);
                self.out.push_str(" {…}");
            }
            Expr::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                self.out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
            }
            Expr::Paren { x, .. } => {
                self.out.push('(');
                self.expr(x);
                self.out.push(')');
            }
            Expr::Selector { x, sel } => {
                self.expr(x);
                self.out.push('.');
                self.expr(sel);
            }
            Expr::Index { x, index, .. } => {
                self.expr(x);
                self.out.push('[');
                self.expr(index);
                self.out.push(']');
            }
            Expr::IndexList { x, indices, .. } => {
                self.expr(x);
                self.out.push('[');
                self.list(self.f.exprs_of(indices));
                self.out.push(']');
            }
            Expr::Slice(SliceExpr { x, low, high, max, .. }) => {
                self.expr(x);
                self.out.push('[');
                if let Some(l) = low {
                    self.expr(l);
                }
                self.out.push(':');
                if let Some(h) = high {
                    self.expr(h);
                }
                if let Some(m) = max {
                    self.out.push(':');
                    self.expr(m);
                }
                self.out.push(']');
            }
            Expr::TypeAssert { x, ty, .. } => {
                self.expr(x);
                self.out.push_str(".(");
                match ty {
                    Some(t) => self.expr(t),
                    None => self.out.push_str("type"),
                }
                self.out.push(')');
            }
            Expr::Call { fun, args, ellipsis, .. } => {
                self.expr(fun);
                self.out.push('(');
                self.list(self.f.exprs_of(args));
                if ellipsis != wago_syntax::ast::NO_POS {
                    self.out.push_str("...");
                }
                self.out.push(')');
            }
            Expr::Star { x, .. } => {
                self.out.push('*');
                self.expr(x);
            }
            Expr::Unary { op, x, .. } => {
                self.out.push_str(op.as_str());
                self.expr(x);
            }
            Expr::Binary { x, op, y, .. } => {
                self.expr(x);
                self.out.push(' ');
                self.out.push_str(op.as_str());
                self.out.push(' ');
                self.expr(y);
            }
            Expr::KeyValue { key, value, .. } => {
                self.expr(key);
                self.out.push_str(": ");
                self.expr(value);
            }
            Expr::ArrayType { len, elt, .. } => {
                self.out.push('[');
                if let Some(l) = len {
                    self.expr(l);
                }
                self.out.push(']');
                self.expr(elt);
            }
            Expr::StructType { fields, .. } => {
                self.out.push_str("struct{");
                self.fields(fields, "; ");
                self.out.push('}');
            }
            Expr::FuncType { params, results, .. } => {
                self.out.push_str("func");
                self.signature(params, results);
            }
            Expr::InterfaceType { methods, .. } => {
                self.out.push_str("interface{");
                let list = self.f.field_list(methods).list;
                for (i, &fid) in self.f.fields_of(list).iter().enumerate() {
                    if i > 0 {
                        self.out.push_str("; ");
                    }
                    let field = *self.f.field(fid);
                    match (self.f.exprs_of(field.names).first(), self.f.expr(field.ty)) {
                        (Some(&n), Expr::FuncType { params, results, .. }) => {
                            self.expr(n);
                            self.signature(*params, *results);
                        }
                        _ => self.expr(field.ty),
                    }
                }
                self.out.push('}');
            }
            Expr::MapType { key, value, .. } => {
                self.out.push_str("map[");
                self.expr(key);
                self.out.push(']');
                self.expr(value);
            }
            Expr::ChanType { dir, value, .. } => {
                self.out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                self.expr(value);
            }
        }
    }

    fn signature(&mut self, params: FieldListId, results: Option<FieldListId>) {
        self.out.push('(');
        self.fields(params, ", ");
        self.out.push(')');
        let Some(r) = results else { return };
        let fl = self.f.field_list(r);
        let list = self.f.fields_of(fl.list);
        if list.is_empty() {
            return;
        }
        self.out.push(' ');
        let single = list.len() == 1 && self.f.field(list[0]).names.is_empty();
        if single {
            self.expr(self.f.field(list[0]).ty);
        } else {
            self.out.push('(');
            self.fields(r, ", ");
            self.out.push(')');
        }
    }

    fn fields(&mut self, fl: FieldListId, sep: &str) {
        let list = self.f.field_list(fl).list;
        for (i, &fid) in self.f.fields_of(list).iter().enumerate() {
            if i > 0 {
                self.out.push_str(sep);
            }
            let field = *self.f.field(fid);
            let names = self.f.exprs_of(field.names);
            if !names.is_empty() {
                self.list(names);
                self.out.push(' ');
            }
            self.expr(field.ty);
        }
    }
}
