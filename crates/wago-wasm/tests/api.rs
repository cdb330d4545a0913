//! Tests of the emitter's interface that are not run-and-compare cases:
//! sizes, section accounting, reachability, data layout and errors.

use wago_wasm::{EmitOptions, emit, section_sizes};

fn module(text: &str) -> wago_ir::Module {
    wago_ir::parse::parse_module(text).unwrap_or_else(|e| panic!("{e}"))
}

const HELLO: &str = r#"
import func @fd_write(i32, ptr, i32, ptr) -> (i32) = "wasi_snapshot_preview1" "fd_write"
import func @proc_exit(i32) -> () = "wasi_snapshot_preview1" "proc_exit"
data @msg align 1 size 13 = "hello, world\0a"
data @iov align 4 size 8 = "\00\00\00\00\0d" reloc 0 @msg+0
data @written align 4 size 4 = ""
func @main() -> () {
b0:
  v0:i32 = const 1
  v1:ptr = data_addr @iov+0
  v2:ptr = data_addr @written+0
  v3:i32 = call @fd_write(v0, v1, v0, v2)
  v4:i32 = const 0
  call @proc_exit(v4)
  unreachable
}
entry @main
"#;

#[test]
fn hello_world_size() {
    let m = module(HELLO);
    let small = emit(&m, &EmitOptions { names: false, ..EmitOptions::default() }).unwrap();
    let named = emit(&m, &EmitOptions::default()).unwrap();
    let sections = section_sizes(&small);
    eprintln!("hello world: {} bytes ({} with names): {sections:?}", small.len(), named.len());
    eprintln!("{}", wasmprinter::print_bytes(&small).unwrap());
    assert_eq!(sections.iter().map(|(_, n)| n).sum::<usize>() + 8, small.len());
    assert!(small.len() <= 180, "{} bytes", small.len());
}

fn wat(wasm: &[u8]) -> String {
    wasmprinter::print_bytes(wasm).unwrap()
}

fn imports(wasm: &[u8]) -> Vec<String> {
    let text = wat(wasm);
    text.lines().filter(|l| l.trim_start().starts_with("(import")).map(|l| l.trim().to_string()).collect()
}

#[test]
fn only_what_is_reachable_is_emitted() {
    let text = HELLO.replace(
        "entry @main",
        r#"import func @random_get(ptr, i32) -> (i32) = "wasi_snapshot_preview1" "random_get"
global @unused_global: i64 = 7
data @unused_data align 1 size 4 = "abcd"
func @unused() -> () {
b0:
  v0:ptr = data_addr @unused_data+0
  v1:i32 = const 4
  v2:i32 = call @random_get(v0, v1)
  v3:i64 = global_get @unused_global
  return
}
entry @main"#,
    );
    let wasm = emit(&module(&text), &EmitOptions::default()).unwrap();
    let imports = imports(&wasm);
    assert_eq!(imports.len(), 2, "{imports:?}");
    assert!(imports[0].contains("fd_write") && imports[1].contains("proc_exit"));
    let text = wat(&wasm);
    assert!(!text.contains("$unused") && !text.contains("(global") && !text.contains("abcd"), "{text}");
    assert_eq!(wasm, emit(&module(HELLO), &EmitOptions::default()).unwrap());
}

#[test]
fn data_layout_and_segments() {
    let text = r#"
data @a align 1 size 3 = "xyz"
data @zeros align 8 size 4096 = ""
data @b align 8 size 16 = "\01\00\00\00\00\00\00\00\02" reloc 12 @a+1
data @__heap_base align 1 size 0 = ""
data @c align 4 size 4 = "\00\00\00\03"
func @main() -> () {
b0:
  v0:ptr = data_addr @a+0
  v1:ptr = data_addr @zeros+0
  v2:ptr = data_addr @b+0
  v3:ptr = data_addr @__heap_base+0
  v4:ptr = data_addr @c+0
  store v3 +0, v0
  store v4 +0, v2
  store v1 +0, v0
  return
}
entry @main
"#;
    let wasm = emit(&module(text), &EmitOptions { names: false, ..EmitOptions::default() }).unwrap();
    let text = wat(&wasm);
    // a at 8, zeros at 16 (no segment), b at 4112, c at 4128, heap base at
    // 4144. Seven zeros cost more than a segment header (6 bytes here), six
    // do not: b's two runs stay apart, its reloc and c's byte merge.
    let data: Vec<&str> = text.lines().filter(|l| l.contains("(data")).collect();
    assert_eq!(data.len(), 3, "{text}");
    assert!(data[0].ends_with("(i32.const 8) \"xyz\")"), "{text}");
    assert!(data[1].ends_with("(i32.const 4112) \"\\01\")"), "{text}");
    assert!(data[2].ends_with("(i32.const 4120) \"\\02\\00\\00\\00\\09\\00\\00\\00\\00\\00\\00\\03\")"), "{text}");
    assert!(text.contains("i32.const 4144"), "{text}");
    assert!(text.contains("(memory (;0;) 2)"), "{text}");
}

#[test]
fn function_table_has_a_null_slot() {
    let text = r#"
data @t align 4 size 8 = "" reloc 0 @g reloc 4 @f
func @f() -> () {
b0:
  return
}
func @g() -> () {
b0:
  return
}
func @main() -> () {
b0:
  v0:i32 = func_addr @f
  v1:ptr = data_addr @t+0
  call_indirect () -> () v0()
  return
}
entry @main
"#;
    let text = wat(&emit(&module(text), &EmitOptions::default()).unwrap());
    assert!(text.contains("(table (;0;) 3 3 funcref)"), "{text}");
    assert!(text.contains("(elem (;0;) (i32.const 1) func $f $g)"), "{text}");
    assert!(text.contains("(i32.const 8) \"\\02\\00\\00\\00\\01\""), "{text}");
}

#[test]
fn irreducible_flow_gets_a_dispatcher() {
    let text = r#"
func @main() -> () {
b0:
  v0:i32 = memory_size
  br v0, b1, b2
b1:
  v1:i32 = memory_size
  br v1, b2, b3
b2:
  v2:i32 = memory_size
  br v2, b1, b3
b3:
  return
}
entry @main
"#;
    let text = wat(&emit(&module(text), &EmitOptions::default()).unwrap());
    assert!(text.contains("br_table"), "{text}");
}

fn error_of(text: &str) -> wago_wasm::EmitError {
    emit(&module(text), &EmitOptions::default()).unwrap_err()
}

#[test]
fn bad_input_is_an_error_naming_the_function() {
    let wrong_arity = r#"
func @f(i32) -> () {
b0(v0: i32):
  return
}
func @main() -> () {
b0:
  call @f()
  return
}
entry @main
"#;
    let e = error_of(wrong_arity);
    assert_eq!(e.func.as_deref(), Some("main"), "{e}");
    let wrong_types = r#"
func @main() -> () {
b0:
  v0:i32 = const 1
  v1:f64 = const 2.0
  v2:i32 = add v0, v1
  return
}
entry @main
"#;
    let e = error_of(wrong_types);
    assert_eq!(e.func.as_deref(), Some("main"), "{e}");
    assert!(e.message.contains("invalid code"), "{e}");
    let no_entry = "func @main() -> () {\nb0:\n  return\n}\n";
    assert!(error_of(no_entry).message.contains("no entry"));
    let bad_entry = "func @main(i32) -> () {\nb0(v0: i32):\n  return\n}\nentry @main\n";
    assert!(error_of(bad_entry).message.contains("entry function"));
    let bad_conversion = r#"
func @main() -> () {
b0:
  v0:f32 = const 1.0
  v1:i64 = wrap v0
  return
}
entry @main
"#;
    assert!(error_of(bad_conversion).message.contains("conversion"), "{}", error_of(bad_conversion));
}

#[test]
fn exports_and_names() {
    let text = r#"
func @helper(i32) -> (i32) export "helper" {
b0(v0: i32):
  return v0
}
func @main() -> () {
b0:
  return
}
entry @main
"#;
    let m = module(text);
    let named = wat(&emit(&m, &EmitOptions::default()).unwrap());
    assert!(named.contains("(export \"helper\" (func $helper))"), "{named}");
    assert!(named.contains("(export \"_start\" (func $main))"), "{named}");
    assert!(named.contains("(export \"memory\" (memory 0))"), "{named}");
    let bare = emit(&m, &EmitOptions { names: false, ..EmitOptions::default() }).unwrap();
    assert!(section_sizes(&bare).iter().all(|(name, _)| !name.starts_with("custom")));
    let clash = text.replace("export \"helper\"", "export \"_start\"");
    assert!(error_of(&clash).message.contains("used twice"));
}

/// What tree-ification and local sharing save, over the run cases.
#[test]
fn stackify_and_local_sharing_pay_off() {
    let prelude = include_str!("prelude.ir");
    let mut totals = [0usize; 4];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "ir")) {
        let m = module(&format!("{prelude}\n{}", std::fs::read_to_string(path).unwrap()));
        for (i, (stackify, share_locals)) in
            [(true, true), (false, true), (true, false), (false, false)].into_iter().enumerate()
        {
            let opts = EmitOptions { names: false, stackify, share_locals, ..EmitOptions::default() };
            let wasm = emit(&m, &opts).unwrap();
            totals[i] += section_sizes(&wasm).iter().filter(|(n, _)| n == "code").map(|(_, s)| s).sum::<usize>();
        }
    }
    eprintln!(
        "code bytes over the cases: both {} | no stackify {} | no sharing {} | neither {}",
        totals[0], totals[1], totals[2], totals[3]
    );
    assert!(totals[0] < totals[1] && totals[0] <= totals[2] && totals[1] <= totals[3]);
}

#[test]
fn long_expression_chains_do_not_recurse_deeply() {
    let mut text = String::from("func @main() -> () {\nb0:\n  v0:i64 = const 1\n");
    for i in 1..20_000 {
        text.push_str(&format!("  v{i}:i64 = add v{}, v0\n", i - 1));
    }
    text.push_str("  global_set @g, v19999\n  return\n}\nglobal @g: i64 = 0\nentry @main\n");
    let wasm = emit(&module(&text), &EmitOptions::default()).unwrap();
    assert!(wasm.len() < 20_000 * 6, "{} bytes", wasm.len());
}
