//! Compiling a loaded program to IR: wago's runtime (embedded Go source)
//! is parsed and checked first, as package `runtime`, then every loaded
//! package bottom-up with wago's own sizes (`Sizes::WASM`, the layout the
//! code uses), then everything is lowered to one IR module.

use std::path::PathBuf;
use wago_loader::{PackageId, Program};
use wago_syntax::LineIndex;
use wago_types::{Checker, FileId, FileInput, PackageInput, PkgId, Sizes};

/// wago's runtime package: file names and sources, built into the binary.
pub const RUNTIME_SOURCES: &[(&str, &str)] = &[
    ("wasi.go", include_str!("../../../runtime/wasi.go")),
    ("malloc.go", include_str!("../../../runtime/malloc.go")),
    ("gc.go", include_str!("../../../runtime/gc.go")),
    ("print.go", include_str!("../../../runtime/print.go")),
    ("panic.go", include_str!("../../../runtime/panic.go")),
    ("string.go", include_str!("../../../runtime/string.go")),
    ("slice.go", include_str!("../../../runtime/slice.go")),
    ("complex.go", include_str!("../../../runtime/complex.go")),
    ("hash.go", include_str!("../../../runtime/hash.go")),
    ("map.go", include_str!("../../../runtime/map.go")),
    ("float.go", include_str!("../../../runtime/float.go")),
    ("type.go", include_str!("../../../runtime/type.go")),
    ("iface.go", include_str!("../../../runtime/iface.go")),
    ("proc.go", include_str!("../../../runtime/proc.go")),
    ("sync.go", include_str!("../../../runtime/sync.go")),
    ("atomic.go", include_str!("../../../runtime/atomic.go")),
    ("bytealg.go", include_str!("../../../runtime/bytealg.go")),
    ("time.go", include_str!("../../../runtime/time.go")),
    ("rangefunc.go", include_str!("../../../runtime/rangefunc.go")),
    ("cleanup.go", include_str!("../../../runtime/cleanup.go")),
    ("os.go", include_str!("../../../runtime/os.go")),
    ("extern.go", include_str!("../../../runtime/extern.go")),
    ("godebug.go", include_str!("../../../runtime/godebug.go")),
    ("reflect.go", include_str!("../../../runtime/reflect.go")),
];

/// The passes a build runs, in order (wago-ir's default pipeline).
pub const DEFAULT_PASSES: &str = wago_ir::passes::DEFAULT_PIPELINE;

/// A compile error at a position (`line` and `col` are 1-based; 0 when
/// the error has no position).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub path: PathBuf,
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

struct RuntimeFile {
    path: PathBuf,
    text: &'static str,
    ast: wago_syntax::ast::File,
    lines: LineIndex,
}

/// Checks and lowers `program` (which loaded cleanly) and wago's runtime
/// into one IR module whose entry runs the main package.
pub fn compile(program: &Program) -> Result<wago_ir::Module, Vec<CompileError>> {
    let runtime = parse_runtime(program)?;
    let mut checker = Checker::new(&program.interner, Sizes::WASM);
    let base = program.files.len() as u32;
    let rt_inputs: Vec<FileInput> = runtime
        .iter()
        .enumerate()
        .map(|(i, f)| FileInput { ast: &f.ast, src: f.text, id: FileId(base + i as u32) })
        .collect();
    let no_imports = |_: &str| None;
    let rt_pkg = checker.check_package(PackageInput {
        path: "runtime",
        files: &rt_inputs,
        imports: &no_imports,
        go_version: "",
    });
    let position = |file: FileId, pos: u32| -> (PathBuf, u32, u32) {
        if file.0 >= base {
            let f = &runtime[(file.0 - base) as usize];
            let (l, c) = f.lines.line_col(pos);
            (f.path.clone(), l, c)
        } else {
            let (p, l, c) = program.position((wago_loader::FileId(file.0), pos));
            (p.to_path_buf(), l, c)
        }
    };
    let mut errors = type_errors(&checker, rt_pkg, &position);
    let mut checked: Vec<Option<PkgId>> = Vec::new();
    for pid in program.topo_order() {
        let pkg = program.package(pid);
        if pkg.goroot && crate::overlay::is_external(&pkg.import_path) {
            checked.push(Some(rt_pkg)); // wago's runtime, checked above
            continue;
        }
        let id = crate::check_package(program, &mut checker, pid, &|i| checked[i.0 as usize], None);
        let errs = type_errors(&checker, id, &position);
        checked.push(errs.is_empty().then_some(id));
        errors.extend(errs);
    }
    if !errors.is_empty() {
        return Err(crate::unsupported::explain(program, errors));
    }
    let mut units = vec![wago_lower::Unit { pkg: rt_pkg, files: rt_inputs.clone(), trampolines: &[] }];
    let mut std_units = vec![false];
    for pid in program.topo_order() {
        let Some(pkg) = checked[pid.0 as usize].filter(|&p| p != rt_pkg) else { continue };
        if program.package(pid).import_path == "unsafe" {
            continue; // the checker's own: nothing to lower
        }
        let trampolines = &program.package(pid).asm_trampolines;
        units.push(wago_lower::Unit { pkg, files: file_inputs(program, pid), trampolines });
        std_units.push(program.package(pid).goroot);
    }
    wago_lower::lower_program_lazily(&mut checker, &units, rt_pkg, &|u| std_units[u]).map_err(|errs| {
        let errors = errs
            .into_iter()
            .map(|e| {
                let (path, line, col) = position(e.file, e.pos);
                CompileError { path, line, col, msg: e.msg }
            })
            .collect();
        crate::unsupported::explain(program, errors)
    })
}

fn parse_runtime(program: &Program) -> Result<Vec<RuntimeFile>, Vec<CompileError>> {
    let mut errors = Vec::new();
    let files: Vec<RuntimeFile> = RUNTIME_SOURCES
        .iter()
        .map(|&(name, text)| {
            let parsed = wago_syntax::parse_file(text, &program.interner);
            let lines = LineIndex::new(text);
            let path = PathBuf::from("$WAGO/runtime").join(name);
            for e in parsed.errors {
                let (line, col) = lines.line_col(e.offset);
                errors.push(CompileError { path: path.clone(), line, col, msg: e.msg });
            }
            RuntimeFile { path, text, ast: parsed.ast, lines }
        })
        .collect();
    if errors.is_empty() { Ok(files) } else { Err(errors) }
}

fn file_inputs(program: &Program, pid: PackageId) -> Vec<FileInput<'_>> {
    program
        .package(pid)
        .files
        .iter()
        .map(|&f| {
            let file = program.file(f);
            FileInput { ast: &file.ast, src: &file.text, id: FileId(f.0) }
        })
        .collect()
}

fn type_errors(
    checker: &Checker,
    pkg: PkgId,
    position: &dyn Fn(FileId, u32) -> (PathBuf, u32, u32),
) -> Vec<CompileError> {
    checker
        .info(pkg)
        .diagnostics
        .iter()
        .map(|d| {
            let (path, line, col) = position(d.file, d.pos);
            CompileError { path, line, col, msg: d.msg.clone() }
        })
        .collect()
}
