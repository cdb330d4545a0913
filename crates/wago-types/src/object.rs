//! Objects: the named entities a Go program declares (constants, types,
//! variables, functions, packages, labels) and the predeclared builtins.

use crate::constant::Value;
use crate::scope::ScopeId;
use crate::types::TypeId;
use wago_syntax::Symbol;
use wago_syntax::ast::{NO_POS, Pos};

/// An object in the [`ObjectStore`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ObjId(pub u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A package being (or already) checked, by index in the program.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct PkgId(pub u32);

/// A source file, numbered by whoever feeds the checker (the loader).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct FileId(pub u32);

/// Where an object was declared: a file and an offset in it.
/// Predeclared objects have no file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct DeclPos {
    pub file: Option<FileId>,
    pub pos: Pos,
}

impl DeclPos {
    pub const NONE: DeclPos = DeclPos { file: None, pos: NO_POS };
}

/// The builtin functions, `unsafe`'s included.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
    // go/types' self-test builtins, declared only by
    // `Checker::declare_test_builtins`.
    Assert,
    Trace,
}

impl Builtin {
    pub const UNIVERSE: [Builtin; 18] = {
        use Builtin::*;
        [
            Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println,
            Real, Recover,
        ]
    };
    pub const UNSAFE: [Builtin; 8] = {
        use Builtin::*;
        [Add, Alignof, Offsetof, Sizeof, Slice, SliceData, String, StringData]
    };

    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
            Assert => "assert",
            Trace => "trace",
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable, parameter, result or struct field.
    Var {
        is_field: bool,
        embedded: bool,
        used: bool,
    },
    Const {
        value: Value,
    },
    TypeName {
        alias: bool,
    },
    /// A function or method; `decl` is its syntax for package-level ones.
    Func {
        has_ptr_recv: bool,
    },
    PkgName {
        imported: PkgId,
        used: bool,
    },
    Label {
        used: bool,
    },
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: Symbol,
    pub kind: ObjKind,
    /// The object's type; `Invalid` until its declaration is checked.
    pub ty: TypeId,
    /// The declaring package; `None` for predeclared objects.
    pub pkg: Option<PkgId>,
    pub pos: DeclPos,
    /// The scope the object is declared in, once inserted.
    pub parent: Option<ScopeId>,
}

impl Object {
    pub fn is_exported(&self, names: &wago_syntax::Interner) -> bool {
        is_exported(names.resolve(self.name))
    }
}

#[derive(Default, Debug)]
pub struct ObjectStore {
    objects: Vec<Object>,
}

impl ObjectStore {
    /// Makes room for `n` more objects without moving the arena.
    pub fn reserve(&mut self, n: usize) {
        self.objects.reserve(n);
    }

    pub fn add(&mut self, o: Object) -> ObjId {
        self.objects.push(o);
        ObjId(self.objects.len() as u32 - 1)
    }
    pub fn get(&self, id: ObjId) -> &Object {
        &self.objects[id.index()]
    }
    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.index()]
    }
    pub fn len(&self) -> usize {
        self.objects.len()
    }
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }
}

/// Whether a name is exported: it starts with an upper-case letter.
pub fn is_exported(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
}
