//! The universe scope (predeclared types, constants, `nil` and builtins)
//! and the scope of package `unsafe`, built once per checker.

use crate::constant::Value;
use crate::object::{Builtin, DeclPos, ObjId, ObjKind, Object, ObjectStore};
use crate::scope::{ScopeId, ScopeStore};
use crate::types::{AliasType, BasicKind, InterfaceType, NamedType, Signature, Type, TypeId, TypeStore};
use wago_syntax::Interner;
use wago_syntax::ast::NO_POS;

/// The predeclared world every package's scopes end in.
#[derive(Debug)]
pub struct Universe {
    pub scope: ScopeId,
    pub unsafe_scope: ScopeId,
    /// `byte` and `rune`: identical to uint8 and int32, printed by their names.
    pub byte: TypeId,
    pub rune: TypeId,
    pub error: TypeId,
    pub comparable: TypeId,
    pub any: TypeId,
    pub iota: ObjId,
}

/// Creates the universe in fresh stores.
pub fn build(types: &mut TypeStore, objs: &mut ObjectStore, scopes: &mut ScopeStore, names: &Interner) -> Universe {
    let scope = scopes.add(None, (0, NO_POS), false);
    let mut declare = |objs: &mut ObjectStore, scopes: &mut ScopeStore, scope, name: &str, kind, ty| {
        let id =
            objs.add(Object { name: names.intern(name), kind, ty, pkg: None, pos: DeclPos::NONE, parent: Some(scope) });
        scopes.insert(scope, objs.get(id).name, id);
        id
    };
    for k in BasicKind::ALL {
        if matches!(k, BasicKind::Invalid | BasicKind::UnsafePointer) || k.info().any(crate::types::BasicInfo::UNTYPED)
        {
            continue;
        }
        declare(objs, scopes, scope, k.name(), ObjKind::TypeName { alias: false }, k.ty());
    }
    let byte = types.add(Type::Basic(BasicKind::Uint8));
    let rune = types.add(Type::Basic(BasicKind::Int32));
    declare(objs, scopes, scope, "byte", ObjKind::TypeName { alias: true }, byte);
    declare(objs, scopes, scope, "rune", ObjKind::TypeName { alias: true }, rune);

    // `any` is an alias of `interface{}` that keeps its name when printed.
    let empty_iface = types.add(Type::Interface(InterfaceType::default()));
    let any_obj = declare(objs, scopes, scope, "any", ObjKind::TypeName { alias: true }, empty_iface);
    let any = types.add(Type::Alias(AliasType {
        obj: any_obj,
        actual: empty_iface,
        type_params: Vec::new(),
        origin: None,
        type_args: Vec::new(),
    }));
    objs.get_mut(any_obj).ty = any;

    let error = declare_error(types, objs, scopes, scope, names, &mut declare);
    let comparable_obj =
        declare(objs, scopes, scope, "comparable", ObjKind::TypeName { alias: false }, BasicKind::Invalid.ty());
    let comparable_iface = types.add(Type::Interface(InterfaceType { comparable: true, ..Default::default() }));
    let comparable = types.add(Type::Named(NamedType {
        obj: comparable_obj,
        underlying: comparable_iface,
        methods: Vec::new(),
        type_params: Vec::new(),
        origin: None,
        type_args: Vec::new(),
    }));
    objs.get_mut(comparable_obj).ty = comparable;

    let ub = BasicKind::UntypedBool.ty();
    declare(objs, scopes, scope, "true", ObjKind::Const { value: Value::Bool(true) }, ub);
    declare(objs, scopes, scope, "false", ObjKind::Const { value: Value::Bool(false) }, ub);
    let iota = declare(
        objs,
        scopes,
        scope,
        "iota",
        ObjKind::Const { value: Value::Int(0.into()) },
        BasicKind::UntypedInt.ty(),
    );
    declare(objs, scopes, scope, "nil", ObjKind::Nil, BasicKind::UntypedNil.ty());
    for b in Builtin::UNIVERSE {
        declare(objs, scopes, scope, b.name(), ObjKind::Builtin(b), BasicKind::Invalid.ty());
    }

    let unsafe_scope = scopes.add(None, (0, NO_POS), false);
    declare(objs, scopes, unsafe_scope, "Pointer", ObjKind::TypeName { alias: false }, BasicKind::UnsafePointer.ty());
    for b in Builtin::UNSAFE {
        declare(objs, scopes, unsafe_scope, b.name(), ObjKind::Builtin(b), BasicKind::Invalid.ty());
    }
    Universe { scope, unsafe_scope, byte, rune, error, comparable, any, iota }
}

impl crate::check::Checker<'_> {
    /// Declares go/types' test-only builtins in the universe:
    /// `assert(cond)` (an error unless `cond` is a true constant) and
    /// `trace(x, ...)` (yields `x`). Their test files use them.
    pub fn declare_test_builtins(&mut self) {
        for b in [Builtin::Assert, Builtin::Trace] {
            let name = self.names.intern(b.name());
            let scope = self.universe.scope;
            let id = self.objs.add(Object {
                name,
                kind: ObjKind::Builtin(b),
                ty: crate::types::BasicKind::Invalid.ty(),
                pkg: None,
                pos: DeclPos::NONE,
                parent: Some(scope),
            });
            self.scopes.insert(scope, name, id);
        }
    }
}

/// `type error interface { Error() string }`
fn declare_error(
    types: &mut TypeStore,
    objs: &mut ObjectStore,
    scopes: &mut ScopeStore,
    scope: ScopeId,
    names: &Interner,
    declare: &mut impl FnMut(&mut ObjectStore, &mut ScopeStore, ScopeId, &str, ObjKind, TypeId) -> ObjId,
) -> TypeId {
    let obj = declare(objs, scopes, scope, "error", ObjKind::TypeName { alias: false }, BasicKind::Invalid.ty());
    let var = |objs: &mut ObjectStore, ty| {
        objs.add(Object {
            name: names.intern(""),
            kind: ObjKind::Var { is_field: false, embedded: false, used: false },
            ty,
            pkg: None,
            pos: DeclPos::NONE,
            parent: None,
        })
    };
    let result = var(objs, BasicKind::String.ty());
    let params = types.add(Type::Tuple(Vec::new()));
    let results = types.add(Type::Tuple(vec![result]));
    let sig =
        types.add(Type::Signature(Signature { recv: None, type_params: Vec::new(), params, results, variadic: false }));
    let method = objs.add(Object {
        name: names.intern("Error"),
        kind: ObjKind::Func { has_ptr_recv: false },
        ty: sig,
        pkg: None,
        pos: DeclPos::NONE,
        parent: None,
    });
    let iface = types.add(Type::Interface(InterfaceType { methods: vec![method], ..Default::default() }));
    let named = types.add(Type::Named(NamedType {
        obj,
        underlying: iface,
        methods: Vec::new(),
        type_params: Vec::new(),
        origin: None,
        type_args: Vec::new(),
    }));
    objs.get_mut(obj).ty = named;
    named
}
