//! A process-wide, thread-safe string interner for identifiers.
//!
//! Interned strings live as long as the process: a compiler run interns a
//! bounded vocabulary, and `'static` text keeps every later phase free of
//! lifetimes. The table is sharded so parallel parsers rarely contend.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Mutex;

/// An interned string. Cheap to copy, compare and hash.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Symbol(u32);

const SHARD_BITS: u32 = 4;
const SHARDS: usize = 1 << SHARD_BITS;

/// The FxHash function: fast and good enough for identifier keys.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

#[derive(Default)]
struct Shard {
    map: HashMap<&'static str, Symbol, FxBuild>,
    strings: Vec<&'static str>,
}

pub struct Interner {
    shards: Box<[Mutex<Shard>]>,
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Self {
        Interner { shards: (0..SHARDS).map(|_| Mutex::default()).collect() }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        let shard_ix = (hash(s) >> 32) as usize % SHARDS;
        let mut shard = self.shards[shard_ix].lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&sym) = shard.map.get(s) {
            return sym;
        }
        let text: &'static str = Box::leak(s.into());
        let sym = Symbol(((shard.strings.len() as u32) << SHARD_BITS) | shard_ix as u32);
        shard.strings.push(text);
        shard.map.insert(text, sym);
        sym
    }

    pub fn resolve(&self, sym: Symbol) -> &'static str {
        let shard = self.shards[(sym.0 as usize) & (SHARDS - 1)].lock().unwrap_or_else(|e| e.into_inner());
        shard.strings[(sym.0 >> SHARD_BITS) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_idempotent_and_resolves() {
        let i = Interner::new();
        let a = i.intern("main");
        let b = i.intern("fmt");
        assert_eq!(a, i.intern("main"));
        assert_ne!(a, b);
        assert_eq!(i.resolve(a), "main");
        assert_eq!(i.resolve(b), "fmt");
    }
}
