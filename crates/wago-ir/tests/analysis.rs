//! The shared analyses on small hand-written CFGs: reverse postorder,
//! Cooper–Harvey–Kennedy dominators, natural loops (nested, and an
//! irreducible region), liveness across block parameters.

use wago_ir::analysis::{Cfg, DomTree, Liveness, Loops};
use wago_ir::entity::Id;
use wago_ir::parse::parse_module;
use wago_ir::{Block, Body, Module, Value};

fn body_of(m: &Module) -> &Body {
    m.funcs.values().find_map(|f| f.body()).expect("a function with a body")
}

fn b(n: usize) -> Block {
    Block::new(n)
}

/// Two nested loops: b1 (outer header) → b2 (inner header) ⇄ b3, b2 → b4
/// (outer latch) → b1, b1 → b5 (exit).
const NESTED: &str = "
func @f(i32) -> (i32) {
b0(v0: i32):
  jump b1(v0)
b1(v1: i32):
  br v1, b2, b5
b2:
  br v0, b3, b4
b3:
  jump b2
b4:
  v2:i32 = const 1
  v3:i32 = sub v1, v2
  jump b1(v3)
b5:
  return v1
b6:
  jump b1(v0)
}
";

#[test]
fn dominators_of_nested_loops() {
    let m = parse_module(NESTED).unwrap();
    let body = body_of(&m);
    let cfg = Cfg::new(body);
    assert_eq!(cfg.rpo()[0], b(0));
    assert!(!cfg.is_reachable(b(6)));
    assert_eq!(cfg.preds(b(1)), &[b(0), b(4), b(6)]);
    let dom = DomTree::new(&cfg);
    let idoms: Vec<Option<Block>> = (0..6).map(|i| dom.idom(b(i))).collect();
    assert_eq!(idoms, [None, Some(b(0)), Some(b(1)), Some(b(2)), Some(b(2)), Some(b(1))]);
    assert!(dom.dominates(b(1), b(4)) && dom.dominates(b(2), b(3)) && dom.dominates(b(0), b(0)));
    assert!(!dom.dominates(b(3), b(4)) && !dom.dominates(b(5), b(1)));
    assert!(!dom.dominates(b(0), b(6)), "unreachable blocks are dominated by nothing");
    let loops = Loops::new(&cfg, &dom);
    assert!(loops.reducible);
    assert_eq!(loops.loops.len(), 2);
    assert_eq!(loops.loops[0].header, b(1));
    // In reverse postorder: the DFS finishes b3 before b4.
    assert_eq!(loops.loops[0].blocks, [b(1), b(2), b(4), b(3)]);
    assert_eq!(loops.loops[1].header, b(2));
    assert_eq!(loops.loops[1].blocks, [b(2), b(3)]);
    assert_eq!(loops.loops[1].parent, Some(0));
    assert_eq!([0, 1, 2, 2, 1, 0].to_vec(), (0..6).map(|i| loops.depth(b(i))).collect::<Vec<_>>());
}

#[test]
fn irreducible_cycle_is_detected() {
    // b1 and b2 jump to each other, and the entry enters at both.
    let text = "
func @f(i32) -> () {
b0(v0: i32):
  br v0, b1, b2
b1:
  br v0, b2, b3
b2:
  jump b1
b3:
  return
}
";
    let m = parse_module(text).unwrap();
    let cfg = Cfg::new(body_of(&m));
    let dom = DomTree::new(&cfg);
    let loops = Loops::new(&cfg, &dom);
    assert!(!loops.reducible);
    assert!(loops.loops.is_empty());
    assert_eq!(dom.idom(b(1)), Some(b(0)));
    assert_eq!(dom.idom(b(2)), Some(b(0)));
}

#[test]
fn liveness_across_parameters() {
    let m = parse_module(NESTED).unwrap();
    let body = body_of(&m);
    let cfg = Cfg::new(body);
    let live = Liveness::new(body, &cfg);
    let set = |s: &wago_ir::analysis::BitSet| s.iter().map(Value::new).collect::<Vec<_>>();
    let v = Value::new;
    // v0 is live around both loops (b2 reads it); v1 is b1's parameter:
    // live out of b1 but never live into it.
    assert_eq!(set(live.live_in(b(1))), [v(0)]);
    assert_eq!(set(live.live_out(b(1))), [v(0), v(1)]);
    assert_eq!(set(live.live_in(b(3))), [v(0), v(1)]);
    assert_eq!(set(live.live_in(b(4))), [v(0), v(1)]);
    assert_eq!(set(live.live_out(b(4))), [v(0)]);
    assert_eq!(set(live.live_in(b(5))), [v(1)]);
    assert!(set(live.live_out(b(5))).is_empty());
}
