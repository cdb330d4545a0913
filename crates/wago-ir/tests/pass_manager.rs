//! The pass manager: `-d=` and `-passes=` parsing, per-pass statistics,
//! dumps, `-print-passes`, and a broken pass caught by the verifier.

use wago_ir::entity::Id;
use wago_ir::parse::parse_module;
use wago_ir::pass::{DebugOptions, Pass, PassManager, count_insts, print_passes};
use wago_ir::{Module, Target, Terminator, Value};

const TEXT: &str = "
func @f() -> (i64) {
b0:
  v0:i64 = const 2
  v1:i64 = const 3
  v2:i64 = mul v0, v1
  v3:i32 = const 1
  br v3, b1, b2
b1:
  return v2
b2:
  return v0
}
";

#[test]
fn debug_options_parse_gc_spelling() {
    let o = DebugOptions::parse("-d=passtimes,ir:dce,verify").unwrap();
    assert!(o.passtimes && o.verify && !o.dump_final);
    assert_eq!(o.dump_after, ["dce"]);
    let o = DebugOptions::parse("ir,verify=0").unwrap();
    assert!(o.dump_final && !o.verify);
    assert_eq!(DebugOptions::parse("").unwrap(), DebugOptions::default());
    assert!(DebugOptions::parse("-d=ir:nope").unwrap_err().contains("unknown pass"));
    assert!(DebugOptions::parse("-d=frob").unwrap_err().contains("unknown debug switch"));
    assert!(DebugOptions::parse("-d=ir=2").is_err());
}

#[test]
fn passes_by_name_and_their_statistics() {
    let mut m = parse_module(TEXT).unwrap();
    assert!(PassManager::from_names("constfold,nope").is_err());
    let mut pm = PassManager::from_names("-passes=constfold,simplify-cfg,dce").unwrap();
    assert_eq!(pm.names(), ["constfold", "simplify-cfg", "dce"]);
    let opts = DebugOptions::parse("-d=passtimes,ir:constfold,ir").unwrap();
    let mut out = Vec::new();
    let report = pm.run_to(&mut m, &opts, &mut out).unwrap();
    let counts: Vec<(usize, usize, bool)> =
        report.passes.iter().map(|p| (p.insts_before, p.insts_after, p.changed)).collect();
    assert_eq!(counts, [(4, 4, true), (4, 4, true), (4, 1, true)]);
    assert_eq!(count_insts(&m), 1);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("; IR after constfold\n"), "{out}");
    assert!(out.contains("; IR after all passes\n"), "{out}");
    assert!(out.contains("simplify-cfg") && out.contains("insts out") && out.contains("total"), "{out}");
    // A dump is IR text: it parses back.
    let dump = out.split("; IR after all passes\n").nth(1).unwrap().split("pass ").next().unwrap();
    parse_module(dump).unwrap();
}

#[test]
fn default_pipeline_and_listing() {
    let mut listing = Vec::new();
    print_passes(&mut listing).unwrap();
    let listing = String::from_utf8(listing).unwrap();
    for name in PassManager::default_pipeline().names() {
        assert!(listing.lines().any(|l| l.starts_with(name)), "{name} missing from\n{listing}");
    }
}

/// Breaks every function: its entry jumps to itself passing a value that
/// does not exist.
struct Vandal;

impl Pass for Vandal {
    fn name(&self) -> &'static str {
        "vandal"
    }
    fn run(&mut self, m: &mut Module) -> bool {
        for id in m.funcs.ids() {
            if let Some(body) = m.funcs[id].body_mut() {
                let entry = body.entry();
                body.blocks[entry].term = Some(Terminator::Jump(Target { block: entry, args: vec![Value::new(9999)] }));
            }
        }
        true
    }
}

#[test]
fn a_broken_pass_is_caught_after_it_runs() {
    let mut m = parse_module(TEXT).unwrap();
    let mut pm = PassManager::new(vec![Box::new(Vandal)]);
    let opts = DebugOptions { verify: true, ..DebugOptions::default() };
    let err = pm.run_to(&mut m, &opts, &mut std::io::sink()).unwrap_err();
    assert_eq!(err.pass, "vandal");
    let text = err.to_string();
    assert!(text.contains("invalid IR after vandal") && text.contains("uses v9999, which does not exist"), "{text}");
}

#[test]
fn invalid_input_is_reported_as_input() {
    let mut m = parse_module("func @f() -> (i32) {\nb0:\n  return\n}\n").unwrap();
    let opts = DebugOptions { verify: true, ..DebugOptions::default() };
    let err = PassManager::default_pipeline().run_to(&mut m, &opts, &mut std::io::sink()).unwrap_err();
    assert_eq!(err.pass, "input");
}
