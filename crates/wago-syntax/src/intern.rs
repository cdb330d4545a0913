//! A process-wide, thread-safe string interner for identifiers.
//!
//! Interned strings live as long as the process: a compiler run interns a
//! bounded vocabulary, and `'static` text keeps every later phase free of
//! lifetimes. The shared table is sharded so parallel parsers rarely
//! contend, and each thread keeps a lock-free cache of the symbols it has
//! seen, so that after warming up a parser thread almost never locks.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// An interned string. Cheap to copy, compare and hash.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Symbol(u32);

const SHARD_BITS: u32 = 4;
const SHARDS: usize = 1 << SHARD_BITS;

/// The FxHash function: fast and good enough for identifier keys.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(FX_K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    // Whole words skip `write`'s chunking (same hash values): ids are
    // hashed millions of times by the type checker's tables.
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(FX_K);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

/// A hasher for maps keyed by strings only: `str`'s `Hash` writes the
/// bytes and then a 0xFF terminator, which carries no information for a
/// single key, so the terminator is skipped and the bytes are hashed a
/// word at a time.
#[derive(Default, Clone, Copy)]
struct StrHasher(u64);

impl Hasher for StrHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 ^= hash_bytes(bytes);
    }
    fn write_u8(&mut self, _terminator: u8) {}
    fn finish(&self) -> u64 {
        self.0
    }
}

type StrBuild = BuildHasherDefault<StrHasher>;

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(FX_K);
    let n = bytes.len();
    // Seeded so that no string, the empty one included, hashes to the
    // empty cache slot's 0 except by a 2^-64 accident (which the text
    // comparison then catches).
    let mut h = n as u64 ^ 0x243f_6a88_85a3_08d3;
    // Whole words, the last one overlapping the one before: no copying of
    // a padded tail (the length is mixed in, so overlaps don't collide).
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            h = mix(h, word(bytes, i));
            i += 8;
        }
        h = mix(h, word(bytes, n - 8));
    } else if n >= 4 {
        h = mix(h, u64::from(half_word(bytes, 0)) << 32 | u64::from(half_word(bytes, n - 4)));
    } else if n > 0 {
        h = mix(h, u64::from(bytes[0]) << 16 | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]));
    }
    // The table uses both the low bits (bucket) and the high bits (tag).
    h ^ (h >> 29)
}

fn word(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default())
}

fn half_word(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or_default())
}

/// Byte equality, a word at a time and inline: identifiers are short, and
/// a call to `memcmp` costs more than comparing them.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if word(a, i) != word(b, i) {
                return false;
            }
            i += 8;
        }
        word(a, n - 8) == word(b, n - 8)
    } else if n >= 4 {
        half_word(a, 0) == half_word(b, 0) && half_word(a, n - 4) == half_word(b, n - 4)
    } else {
        (0..n).all(|i| a[i] == b[i])
    }
}

fn hash(s: &str) -> u64 {
    let mut h = StrHasher::default();
    s.hash(&mut h);
    h.finish()
}

#[derive(Default)]
struct Shard {
    map: HashMap<&'static str, Symbol, StrBuild>,
    strings: Vec<&'static str>,
}

pub struct Interner {
    shards: Box<[Mutex<Shard>]>,
    /// Tells this interner's entries in the thread caches from another's.
    id: u64,
}

/// One thread's recently interned identifiers, for the interner `owner`:
/// a direct-mapped table small enough to stay in the processor's cache.
/// Most identifiers of a file repeat within it, so most lookups end here
/// without a lock.
struct ThreadCache {
    owner: u64,
    recent: Box<[RecentSlot]>,
}

const RECENT_SLOTS: usize = 4096;

#[derive(Clone, Copy)]
struct RecentSlot {
    hash: u64,
    text: &'static str,
    sym: Symbol,
}

const EMPTY_SLOT: RecentSlot = RecentSlot { hash: 0, text: "", sym: Symbol(u32::MAX) };

impl Default for ThreadCache {
    fn default() -> Self {
        ThreadCache { owner: 0, recent: vec![EMPTY_SLOT; RECENT_SLOTS].into() }
    }
}

impl ThreadCache {
    fn intern(&mut self, interner: &Interner, s: &str) -> Symbol {
        if self.owner != interner.id {
            self.recent.fill(EMPTY_SLOT);
            self.owner = interner.id;
        }
        let hash = hash(s);
        let slot = &mut self.recent[hash as usize % RECENT_SLOTS];
        if slot.hash == hash && same_bytes(slot.text.as_bytes(), s.as_bytes()) {
            return slot.sym;
        }
        let (text, sym) = interner.intern_shared(s, hash);
        *slot = RecentSlot { hash, text, sym };
        sym
    }
}

thread_local! {
    static CACHE: RefCell<ThreadCache> = RefCell::default();
}

static NEXT_INTERNER_ID: AtomicU64 = AtomicU64::new(1);

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Self {
        Interner {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            id: NEXT_INTERNER_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        // The cache is gone (or busy) only when intern is called from a
        // thread-local destructor: then go to the shared table directly.
        let cached = CACHE.try_with(|cache| cache.try_borrow_mut().ok().map(|mut c| c.intern(self, s)));
        cached.ok().flatten().unwrap_or_else(|| self.intern_shared(s, hash(s)).1)
    }

    /// Interns `s`, whose hash is `hash`, in the shared table; returns its
    /// text and symbol.
    fn intern_shared(&self, s: &str, hash: u64) -> (&'static str, Symbol) {
        let shard_ix = (hash >> 32) as usize % SHARDS;
        let mut shard = self.shards[shard_ix].lock().unwrap_or_else(|e| e.into_inner());
        if let Some((&text, &sym)) = shard.map.get_key_value(s) {
            return (text, sym);
        }
        let text: &'static str = Box::leak(s.into());
        let sym = Symbol(((shard.strings.len() as u32) << SHARD_BITS) | shard_ix as u32);
        shard.strings.push(text);
        shard.map.insert(text, sym);
        (text, sym)
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

    #[test]
    fn word_wise_comparison_is_byte_equality() {
        let text = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for n in 0..text.len() {
            let a = &text[..n];
            let copy = a.to_vec();
            assert!(same_bytes(a, &copy));
            for i in 0..n {
                let mut b = a.to_vec();
                b[i] = b'_';
                assert!(!same_bytes(a, &b), "{n} {i}");
                assert_ne!(hash_bytes(a), hash_bytes(&b), "{n} {i}");
            }
            assert!(!same_bytes(a, &text[..n + 1]));
        }
    }

    #[test]
    fn interners_do_not_share_cached_symbols() {
        let first = Interner::new();
        let second = Interner::new();
        // Fill every shard of `second`, so that its "x" gets another number.
        for i in 0..100 {
            second.intern(&format!("p{i}"));
        }
        let a = first.intern("x");
        let b = second.intern("x");
        assert_ne!(a, b);
        assert_eq!(first.intern("x"), a);
        assert_eq!(second.intern("x"), b);
        assert_eq!(second.resolve(b), "x");
    }
}
