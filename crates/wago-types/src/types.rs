//! Type representation: every Go type is a node in the [`TypeStore`]
//! arena, named by a [`TypeId`]. Composite types whose identity is purely
//! structural over other type ids (pointer, slice, array, map, channel)
//! are hash-consed, so building `[]T` twice yields one id; types that
//! carry names or objects (structs, signatures, tuples, interfaces) are
//! not, and identity is decided by `predicates::identical`, as the spec
//! defines it, with "same id" as its fast path.

use crate::object::ObjId;
use std::collections::HashMap;
use wago_syntax::ast::ChanDir;
use wago_syntax::intern::FxBuild;

/// A type in the [`TypeStore`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TypeId(pub u32);

impl TypeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Declares [`BasicKind`] and its `ALL` list from one list of names, so
/// the two cannot drift apart.
macro_rules! basic_kinds {
    ($(#[$doc:meta])* $($kind:ident,)*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum BasicKind {
            $($kind,)*
        }

        impl BasicKind {
            /// Every kind, in declaration order (`ALL[k as usize] == k`).
            pub const ALL: &[BasicKind] = &[$(BasicKind::$kind,)*];
        }
    };
}

basic_kinds! {
    /// The predeclared basic types, the untyped kinds, and `unsafe.Pointer`.
    /// The order matches `go/types.BasicKind`, so `TypeId(kind as u32)` is the
    /// basic type of that kind in every store.
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name go/types prints for the type.
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn info(self) -> BasicInfo {
        use BasicKind::*;
        match self {
            Invalid | UnsafePointer => BasicInfo::NONE,
            Bool => BasicInfo::BOOLEAN,
            Int | Int8 | Int16 | Int32 | Int64 => BasicInfo::INTEGER,
            Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => BasicInfo::INTEGER.with(BasicInfo::UNSIGNED),
            Float32 | Float64 => BasicInfo::FLOAT,
            Complex64 | Complex128 => BasicInfo::COMPLEX,
            String => BasicInfo::STRING,
            UntypedBool => BasicInfo::BOOLEAN.with(BasicInfo::UNTYPED),
            UntypedInt | UntypedRune => BasicInfo::INTEGER.with(BasicInfo::UNTYPED),
            UntypedFloat => BasicInfo::FLOAT.with(BasicInfo::UNTYPED),
            UntypedComplex => BasicInfo::COMPLEX.with(BasicInfo::UNTYPED),
            UntypedString => BasicInfo::STRING.with(BasicInfo::UNTYPED),
            UntypedNil => BasicInfo::UNTYPED,
        }
    }

    pub fn ty(self) -> TypeId {
        TypeId(self as u32)
    }
}

/// Properties of basic types, as `go/types.BasicInfo`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BasicInfo(u8);

impl BasicInfo {
    pub const NONE: BasicInfo = BasicInfo(0);
    pub const BOOLEAN: BasicInfo = BasicInfo(1);
    pub const INTEGER: BasicInfo = BasicInfo(2);
    pub const UNSIGNED: BasicInfo = BasicInfo(4);
    pub const FLOAT: BasicInfo = BasicInfo(8);
    pub const COMPLEX: BasicInfo = BasicInfo(16);
    pub const STRING: BasicInfo = BasicInfo(32);
    pub const UNTYPED: BasicInfo = BasicInfo(64);
    pub const ORDERED: BasicInfo = BasicInfo(2 | 8 | 32);
    pub const NUMERIC: BasicInfo = BasicInfo(2 | 8 | 16);
    pub const CONST_TYPE: BasicInfo = BasicInfo(1 | 2 | 8 | 16 | 32);

    pub const fn with(self, o: BasicInfo) -> BasicInfo {
        BasicInfo(self.0 | o.0)
    }
    /// Whether any of `o`'s properties hold.
    pub fn any(self, o: BasicInfo) -> bool {
        self.0 & o.0 != 0
    }
}

/// A struct type: fields are `Var` objects; tags parallel them.
#[derive(Clone, Debug, Default)]
pub struct StructType {
    pub fields: Vec<ObjId>,
    pub tags: Vec<Option<Box<str>>>,
}

/// A function type. Parameters and results are `Tuple` types.
#[derive(Clone, Debug)]
pub struct Signature {
    pub recv: Option<ObjId>,
    /// Type parameters of a generic function (`TypeParam` types).
    pub type_params: Vec<TypeId>,
    pub params: TypeId,
    pub results: TypeId,
    pub variadic: bool,
}

#[derive(Clone, Debug, Default)]
pub struct InterfaceType {
    /// Explicitly declared methods (`Func` objects).
    pub methods: Vec<ObjId>,
    /// Embedded elements: interfaces, types, unions.
    pub embeddeds: Vec<TypeId>,
    /// Whether this is the implicit interface of a constraint like `~int`.
    pub implicit: bool,
    /// The predeclared `comparable`: its type set is the comparable types.
    pub comparable: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct NamedType {
    pub obj: ObjId,
    /// Set once the declaration's type is resolved; `Invalid` before.
    pub underlying: TypeId,
    pub methods: Vec<ObjId>,
    pub type_params: Vec<TypeId>,
    /// For an instance: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub type_args: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TypeParam {
    pub obj: ObjId,
    pub index: u32,
    /// The constraint (an interface, possibly implicit); `Invalid` until set.
    pub constraint: TypeId,
}

#[derive(Clone, Debug)]
pub struct AliasType {
    pub obj: ObjId,
    /// The aliased type (`Invalid` until resolved).
    pub actual: TypeId,
    pub type_params: Vec<TypeId>,
    pub origin: Option<TypeId>,
    pub type_args: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    /// `len` is `None` when the length expression was invalid.
    Array {
        len: Option<u64>,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        elem: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(StructType),
    Signature(Signature),
    /// Parameter and result lists, multi-value results: `Var` objects.
    Tuple(Vec<ObjId>),
    Interface(InterfaceType),
    Union(Vec<Term>),
    Named(NamedType),
    TypeParam(TypeParam),
    Alias(AliasType),
}

/// The hash-consing key of a structural composite type.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Pointer(TypeId),
    Slice(TypeId),
    Array(Option<u64>, TypeId),
    Map(TypeId, TypeId),
    Chan(u8, TypeId),
}

/// The arena of types. The basic types sit at fixed ids ([`BasicKind::ty`]).
#[derive(Debug, Default)]
pub struct TypeStore {
    types: Vec<Type>,
    interned: HashMap<KeyOf, TypeId, FxBuild>,
}

/// A newtype so `Key` stays private while `TypeStore` derives `Debug`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct KeyOf(Key);

impl std::fmt::Debug for KeyOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key")
    }
}

pub const INVALID: TypeId = TypeId(0);

impl TypeStore {
    pub fn new() -> Self {
        TypeStore { types: BasicKind::ALL.iter().map(|&k| Type::Basic(k)).collect(), interned: HashMap::default() }
    }

    /// Makes room for `n` more types without moving the arena.
    pub fn reserve(&mut self, n: usize) {
        self.types.reserve(n);
    }

    pub fn add(&mut self, t: Type) -> TypeId {
        self.types.push(t);
        TypeId(self.types.len() as u32 - 1)
    }

    fn intern(&mut self, key: Key, make: impl FnOnce() -> Type) -> TypeId {
        if let Some(&id) = self.interned.get(&KeyOf(key)) {
            return id;
        }
        let id = self.add(make());
        self.interned.insert(KeyOf(key), id);
        id
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Key::Pointer(elem), || Type::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Key::Slice(elem), || Type::Slice(elem))
    }
    pub fn array(&mut self, len: Option<u64>, elem: TypeId) -> TypeId {
        self.intern(Key::Array(len, elem), || Type::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, elem: TypeId) -> TypeId {
        self.intern(Key::Map(key, elem), || Type::Map { key, elem })
    }
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Key::Chan(dir as u8, elem), || Type::Chan { dir, elem })
    }
    pub fn tuple(&mut self, vars: Vec<ObjId>) -> TypeId {
        self.add(Type::Tuple(vars))
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.index()]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut Type {
        &mut self.types[id.index()]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// Follows aliases to the aliased type.
    pub fn unalias(&self, mut t: TypeId) -> TypeId {
        let mut steps = 0;
        while let Type::Alias(a) = self.get(t) {
            t = a.actual;
            steps += 1;
            if steps > 1000 {
                return INVALID; // a cycle: reported where the alias is declared
            }
        }
        t
    }

    /// The underlying type: a named type's own structure, a type
    /// parameter's constraint interface, the type itself for the others.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let mut t = self.unalias(t);
        let mut steps = 0;
        while let Type::Named(n) = self.get(t) {
            t = self.unalias(n.underlying);
            steps += 1;
            if steps > 1000 {
                return INVALID;
            }
        }
        match self.get(t) {
            Type::TypeParam(p) => self.underlying(p.constraint),
            _ => t,
        }
    }

    pub fn basic(&self, t: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(t)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    fn has_info(&self, t: TypeId, info: BasicInfo) -> bool {
        self.basic(t).is_some_and(|k| k.info().any(info))
    }

    pub fn is_invalid(&self, t: TypeId) -> bool {
        self.unalias(t) == INVALID
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::BOOLEAN)
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::INTEGER)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::UNSIGNED)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::FLOAT)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::COMPLEX)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::NUMERIC)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::STRING)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::ORDERED)
    }
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.has_info(t, BasicInfo::CONST_TYPE)
    }
    /// Untyped constants and `nil`.
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::Basic(k) if k.info().any(BasicInfo::UNTYPED))
    }
    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        let t = self.unalias(t);
        !matches!(self.get(t), Type::TypeParam(_)) && matches!(self.get(self.underlying(t)), Type::Interface(_))
    }
    pub fn is_type_param(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::TypeParam(_))
    }
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(self.unalias(t)), Type::Named(_) | Type::TypeParam(_) | Type::Basic(_))
    }
    pub fn is_unsafe_pointer(&self, t: TypeId) -> bool {
        self.basic(t) == Some(BasicKind::UnsafePointer)
    }

    /// The signature of a function type, through names.
    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(t)) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    /// The variables of a tuple type.
    pub fn tuple_vars(&self, t: TypeId) -> &[ObjId] {
        match self.get(t) {
            Type::Tuple(v) => v,
            _ => &[],
        }
    }

    /// The default type of an untyped constant's type (`untyped int` → `int`).
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.get(self.unalias(t)) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => BasicKind::Bool.ty(),
                BasicKind::UntypedInt => BasicKind::Int.ty(),
                BasicKind::UntypedRune => BasicKind::Int32.ty(),
                BasicKind::UntypedFloat => BasicKind::Float64.ty(),
                BasicKind::UntypedComplex => BasicKind::Complex128.ty(),
                BasicKind::UntypedString => BasicKind::String.ty(),
                _ => t,
            },
            _ => t,
        }
    }
}
