//! The pass manager: runs named passes in order over a module, times each
//! one, counts instructions before and after, and serves the debugging
//! switches gc spells `-d=…`: `passtimes` (a table on stderr), `ir` (the IR
//! after all passes), `ir:PASS` (after that pass) and `verify` (run the
//! verifier after every pass; always on in debug builds). Dumps are IR text
//! behind a `;` comment line, so they parse back as they are.
//!
//! The passes themselves live in `passes`; [`passes::PASSES`] lists them
//! for `-passes=a,b,c` and [`print_passes`].

use crate::ir::Module;
use crate::passes::{self, PassInfo};
use crate::print::module_to_string;
use crate::verify::{VerifyError, verify};
use std::fmt;
use std::io::{self, Write};
use std::time::{Duration, Instant};

/// A transformation of a whole module.
pub trait Pass {
    fn name(&self) -> &'static str;
    /// Runs the pass; whether it changed anything.
    fn run(&mut self, m: &mut Module) -> bool;
}

/// The `-d=` switches that concern passes.
#[derive(Clone, Default, Debug, PartialEq, Eq)]
pub struct DebugOptions {
    /// `-d=passtimes`: per-pass time and instruction counts on stderr.
    pub passtimes: bool,
    /// `-d=ir`: dump the IR after all passes.
    pub dump_final: bool,
    /// `-d=ir:PASS`: dump the IR after each named pass.
    pub dump_after: Vec<String>,
    /// `-d=verify`: verify the input and the IR after every pass.
    pub verify: bool,
}

impl DebugOptions {
    /// Reads gc's spelling: `-d=passtimes,ir:dce,verify` (the `-d=` is
    /// optional; `name=0` turns a switch off, `name=1` on). Switches this
    /// crate does not know are errors.
    pub fn parse(spec: &str) -> Result<DebugOptions, String> {
        let spec = spec.strip_prefix("-d=").unwrap_or(spec);
        let mut opts = DebugOptions::default();
        for item in spec.split(',').filter(|s| !s.is_empty()) {
            let (name, value) = item.split_once('=').unwrap_or((item, "1"));
            let on = match value {
                "1" => true,
                "0" => false,
                _ => return Err(format!("-d={item}: value must be 0 or 1")),
            };
            match name.split_once(':') {
                Some(("ir", pass)) => {
                    passes::lookup(pass).ok_or_else(|| format!("-d={item}: unknown pass {pass:?}"))?;
                    opts.dump_after.push(pass.to_string());
                }
                _ => match name {
                    "passtimes" => opts.passtimes = on,
                    "ir" => opts.dump_final = on,
                    "verify" => opts.verify = on,
                    _ => return Err(format!("-d={item}: unknown debug switch {name:?}")),
                },
            }
        }
        Ok(opts)
    }
    /// Whether the verifier runs between passes.
    pub fn verifying(&self) -> bool {
        self.verify || cfg!(debug_assertions)
    }
}

/// What one pass did.
#[derive(Clone, Debug)]
pub struct PassStat {
    pub name: &'static str,
    pub time: Duration,
    pub insts_before: usize,
    pub insts_after: usize,
    pub changed: bool,
}

/// What a run of the pass manager did, pass by pass.
#[derive(Clone, Debug, Default)]
pub struct PassReport {
    pub passes: Vec<PassStat>,
}

impl PassReport {
    pub fn total_time(&self) -> Duration {
        self.passes.iter().map(|p| p.time).sum()
    }
}

impl fmt::Display for PassReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<16} {:>12} {:>10} {:>10}", "pass", "time", "insts in", "insts out")?;
        for p in &self.passes {
            writeln!(f, "{:<16} {:>12} {:>10} {:>10}", p.name, format!("{:?}", p.time), p.insts_before, p.insts_after)?;
        }
        writeln!(f, "{:<16} {:>12}", "total", format!("{:?}", self.total_time()))
    }
}

/// The verifier's complaints after a pass (or about the input, `pass`
/// being `input`).
#[derive(Clone, Debug)]
pub struct PassError {
    pub pass: String,
    pub errors: Vec<VerifyError>,
}

impl fmt::Display for PassError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid IR after {}:", self.pass)?;
        for e in &self.errors {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PassError {}

/// An ordered list of passes.
pub struct PassManager {
    passes: Vec<Box<dyn Pass>>,
}

impl PassManager {
    pub fn new(passes: Vec<Box<dyn Pass>>) -> PassManager {
        PassManager { passes }
    }
    /// The passes named in a `-passes=a,b,c` list (the `-passes=` is
    /// optional), in that order.
    pub fn from_names(list: &str) -> Result<PassManager, String> {
        let list = list.strip_prefix("-passes=").unwrap_or(list);
        let names = list.split(',').map(str::trim).filter(|s| !s.is_empty());
        let passes = names
            .map(|n| {
                passes::lookup(n).map(|p| (p.make)()).ok_or_else(|| format!("unknown pass {n:?} (see -print-passes)"))
            })
            .collect::<Result<_, _>>()?;
        Ok(PassManager { passes })
    }
    /// The passes a build runs by default.
    pub fn default_pipeline() -> PassManager {
        PassManager::from_names(passes::DEFAULT_PIPELINE).expect("the default pipeline names known passes")
    }
    pub fn names(&self) -> Vec<&'static str> {
        self.passes.iter().map(|p| p.name()).collect()
    }

    /// Runs every pass in order, writing what `opts` asks for to stderr.
    pub fn run(&mut self, m: &mut Module, opts: &DebugOptions) -> Result<PassReport, PassError> {
        self.run_to(m, opts, &mut io::stderr().lock())
    }

    /// Runs every pass in order, writing what `opts` asks for to `out`.
    pub fn run_to(
        &mut self,
        m: &mut Module,
        opts: &DebugOptions,
        out: &mut dyn Write,
    ) -> Result<PassReport, PassError> {
        if opts.verifying() {
            check(m, "input")?;
        }
        let mut report = PassReport::default();
        for pass in &mut self.passes {
            let insts_before = count_insts(m);
            let start = Instant::now();
            let changed = pass.run(m);
            let time = start.elapsed();
            let name = pass.name();
            report.passes.push(PassStat { name, time, insts_before, insts_after: count_insts(m), changed });
            if opts.verifying() {
                check(m, name)?;
            }
            if opts.dump_after.iter().any(|p| p == name) {
                dump(out, &format!("after {name}"), m);
            }
        }
        if opts.dump_final {
            dump(out, "after all passes", m);
        }
        if opts.passtimes {
            let _ = write!(out, "{report}");
        }
        Ok(report)
    }
}

fn check(m: &Module, pass: &str) -> Result<(), PassError> {
    verify(m).map_err(|errors| PassError { pass: pass.to_string(), errors })
}

/// Diagnostics output is best effort: a closed stderr must not fail a build.
fn dump(out: &mut dyn Write, title: &str, m: &Module) {
    let _ = writeln!(out, "; IR {title}\n{}", module_to_string(m));
}

/// Instructions placed in the layout of every body.
pub fn count_insts(m: &Module) -> usize {
    let bodies = m.funcs.values().filter_map(|f| f.body());
    bodies.map(|b| b.layout.iter().map(|&bl| b.blocks[bl].insts.len()).sum::<usize>()).sum()
}

/// Lists every pass with its one-line description (`-print-passes`).
pub fn print_passes(out: &mut dyn Write) -> io::Result<()> {
    for PassInfo { name, description, .. } in passes::PASSES {
        writeln!(out, "{name:<16} {description}")?;
    }
    writeln!(out, "\ndefault: -passes={}", passes::DEFAULT_PIPELINE)
}
