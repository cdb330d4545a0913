//! A process-wide, thread-safe string interner for identifiers.
//!
//! Interned strings live as long as the process: a compiler run interns a
//! bounded vocabulary, and `'static` text keeps every later phase free of
//! lifetimes. Lookups never lock: the shared table is an open-addressed
//! array of atomics that only a single writer (under a mutex) fills, and it
//! keeps names of up to 16 bytes inline, so that a probe touches one cache
//! line and no string. In front of it each thread keeps a small
//! direct-mapped cache of the names it saw last; a parser takes that cache
//! once per file ([`Interner::with_names`]) rather than once per name.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// An interned string. Cheap to copy, compare and hash.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Symbol(u32);

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

fn mix(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(FX_K)
}

fn word(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default())
}

fn half_word(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or_default())
}

/// Names longer than this are compared by their text; shorter ones are
/// their [`Key`].
const INLINE_MAX: usize = 16;

/// A name reduced to two words and its length. For a name of up to
/// [`INLINE_MAX`] bytes the words hold the bytes themselves, zero-padded
/// to sixteen (the length tells trailing NULs from padding), so equal keys
/// are equal names and no text is read; the scanner builds these words as
/// it reads an identifier. For a longer name they are its hash and first
/// word, and equal keys still need the texts compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Key {
    a: u64,
    b: u64,
    len: u32,
}

/// The bytes of `b` (at most eight) zero-padded to a word, read without a
/// copy: the loads overlap, and bytes read twice are equal.
fn padded_word(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 8 {
        word(b, 0)
    } else if n >= 4 {
        u64::from(half_word(b, 0)) | u64::from(half_word(b, n - 4)) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(b[0]) | u64::from(b[n / 2]) << (8 * (n / 2)) | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

impl Key {
    fn of(bytes: &[u8]) -> Key {
        let n = bytes.len();
        let (a, b) = if n > INLINE_MAX {
            (long_hash(bytes), word(bytes, 0))
        } else {
            let (head, tail) = bytes.split_at(n.min(8));
            (padded_word(head), padded_word(tail))
        };
        Key { a, b, len: n as u32 }
    }

    fn is_inline(self) -> bool {
        self.len as usize <= INLINE_MAX
    }

    /// The table position hash, whose high bits pick the slots of the
    /// thread cache and the shared table ([`slot_index`]). Two independent
    /// multiplications: a multiplication carries every bit of its operand
    /// into the high bits, and this hash is on the path of every lookup.
    #[inline(always)]
    fn hash(self) -> u64 {
        (self.a ^ u64::from(self.len)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ self.b.wrapping_mul(FX_K)
    }
}

/// The slot of a hash in a table of `2^bits` slots: its high bits.
#[inline(always)]
fn slot_index(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The hash of a name longer than [`INLINE_MAX`], a word at a time.
fn long_hash(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let mut h = n as u64 ^ 0x1319_8a2e_0370_7344;
    let mut i = 0;
    while i + 8 < n {
        h = mix(h, word(bytes, i));
        i += 8;
    }
    mix(h, word(bytes, n - 8))
}

/// Byte equality, a word at a time and inline: a call to `memcmp` costs
/// more than comparing a short name.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 8 {
        return a == b;
    }
    let mut i = 0;
    while i + 8 < n {
        if word(a, i) != word(b, i) {
            return false;
        }
        i += 8;
    }
    word(a, n - 8) == word(b, n - 8)
}

/// One slot of the shared table. The writer stores `a` and `b` first and
/// then `meta` with release ordering; a reader that sees `meta` (with
/// acquire ordering) therefore sees the key words too.
#[derive(Default)]
struct Slot {
    a: AtomicU64,
    b: AtomicU64,
    /// The length in the high half and the symbol plus one in the low
    /// half; 0 for an empty slot.
    meta: AtomicU64,
}

/// One generation of the shared open-addressed table (linear probing, at
/// most three quarters full: a denser table stays in the last-level cache,
/// and the probes of a lookup mostly share a cache line).
struct Table {
    slots: Box<[Slot]>,
    mask: usize,
    /// The table has `2^bits` slots.
    bits: u32,
}

impl Table {
    fn with_capacity(capacity: usize) -> Table {
        debug_assert!(capacity.is_power_of_two());
        Table {
            slots: (0..capacity).map(|_| Slot::default()).collect(),
            mask: capacity - 1,
            bits: capacity.trailing_zeros(),
        }
    }

    /// The symbol of `key` (whose text is `text`), if the table has it.
    fn find(&self, key: Key, text: &[u8], texts: &Texts) -> Option<Symbol> {
        let mut i = slot_index(key.hash(), self.bits);
        loop {
            let slot = &self.slots[i];
            let meta = slot.meta.load(Ordering::Acquire);
            if meta == 0 {
                return None;
            }
            if (meta >> 32) as u32 == key.len
                && slot.a.load(Ordering::Relaxed) == key.a
                && slot.b.load(Ordering::Relaxed) == key.b
            {
                let sym = Symbol(meta as u32 - 1);
                if key.is_inline() || texts.get(sym).is_some_and(|t| same_bytes(t.as_bytes(), text)) {
                    return Some(sym);
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds a key known to be absent. Only the writer calls this.
    fn insert(&self, key: Key, sym: Symbol) {
        let mut i = slot_index(key.hash(), self.bits);
        while self.slots[i].meta.load(Ordering::Relaxed) != 0 {
            i = (i + 1) & self.mask;
        }
        let slot = &self.slots[i];
        slot.a.store(key.a, Ordering::Relaxed);
        slot.b.store(key.b, Ordering::Relaxed);
        slot.meta.store(u64::from(key.len) << 32 | u64::from(sym.0 + 1), Ordering::Release);
    }

    /// The keys and symbols of the filled slots.
    fn entries(&self) -> impl Iterator<Item = (Key, Symbol)> + '_ {
        self.slots.iter().filter_map(|slot| {
            let meta = slot.meta.load(Ordering::Acquire);
            (meta != 0).then(|| {
                let key = Key {
                    a: slot.a.load(Ordering::Relaxed),
                    b: slot.b.load(Ordering::Relaxed),
                    len: (meta >> 32) as u32,
                };
                (key, Symbol(meta as u32 - 1))
            })
        })
    }
}

/// The texts by symbol: segments of doubling size, each allocated once and
/// never moved, so that readers need no lock.
struct Texts {
    segments: [OnceLock<Box<[OnceLock<&'static str>]>>; SEGMENTS],
}

const FIRST_SEGMENT_BITS: u32 = 10;
/// Enough segments for every `u32` symbol.
const SEGMENTS: usize = 33 - FIRST_SEGMENT_BITS as usize;

impl Texts {
    /// The segment of `sym` and its index there: segment `k` holds the
    /// symbols from `(2^k - 1) << FIRST_SEGMENT_BITS` on.
    fn locate(sym: Symbol) -> (usize, usize) {
        let biased = (u64::from(sym.0) >> FIRST_SEGMENT_BITS) + 1;
        let k = 63 - biased.leading_zeros() as usize;
        let first = ((1u64 << k) - 1) << FIRST_SEGMENT_BITS;
        (k, (u64::from(sym.0) - first) as usize)
    }

    fn get(&self, sym: Symbol) -> Option<&'static str> {
        let (k, i) = Texts::locate(sym);
        self.segments[k].get()?.get(i)?.get().copied()
    }

    /// Records the text of a new symbol. Only the writer calls this.
    fn set(&self, sym: Symbol, text: &'static str) {
        let (k, i) = Texts::locate(sym);
        let segment = self.segments[k]
            .get_or_init(|| (0..1usize << (k as u32 + FIRST_SEGMENT_BITS)).map(|_| OnceLock::new()).collect());
        let _ = segment[i].set(text);
    }
}

/// Table generations: each growth publishes a table twice the size in the
/// next slot. Old generations stay (readers may still probe them; a miss
/// there is settled under the writer's lock in the newest one).
const GENERATIONS: usize = 32;
const FIRST_TABLE_BITS: u32 = 10;

pub struct Interner {
    tables: [OnceLock<Table>; GENERATIONS],
    current: AtomicUsize,
    texts: Texts,
    /// The number of symbols; held while adding one.
    writer: Mutex<u32>,
    /// Tells this interner's entries in the thread caches from another's.
    id: u64,
}

/// One thread's recently interned names, for the interner `owner`: a
/// direct-mapped table small enough to stay in the processor's cache.
/// Most names of a file repeat within it or its package, so most lookups
/// end here.
struct ThreadCache {
    owner: u64,
    recent: Box<[RecentSlot]>,
}

const RECENT_SLOT_BITS: u32 = 14;
const RECENT_SLOTS: usize = 1 << RECENT_SLOT_BITS;

/// A [`Key`] and its symbol, flat so that the slot takes 24 bytes.
#[derive(Clone, Copy)]
struct RecentSlot {
    a: u64,
    b: u64,
    len: u32,
    sym: Symbol,
}

impl RecentSlot {
    fn key(self) -> Key {
        Key { a: self.a, b: self.b, len: self.len }
    }

    /// Whether the slot holds the name `s`, whose key is `key`.
    fn holds(self, key: Key, s: &str, interner: &Interner) -> bool {
        self.key() == key
            && (key.is_inline() || interner.texts.get(self.sym).is_some_and(|t| same_bytes(t.as_bytes(), s.as_bytes())))
    }
}

/// No name has this length, so the slot matches nothing.
const EMPTY_SLOT: RecentSlot = RecentSlot { a: 0, b: 0, len: u32::MAX, sym: Symbol(u32::MAX) };

impl Default for ThreadCache {
    fn default() -> Self {
        ThreadCache { owner: 0, recent: vec![EMPTY_SLOT; RECENT_SLOTS].into() }
    }
}

impl ThreadCache {
    fn claim(&mut self, interner: &Interner) {
        if self.owner != interner.id {
            self.recent.fill(EMPTY_SLOT);
            self.owner = interner.id;
        }
    }

    fn intern(&mut self, interner: &Interner, s: &str) -> Symbol {
        self.intern_key(interner, s, Key::of(s.as_bytes()))
    }

    #[inline]
    fn intern_key(&mut self, interner: &Interner, s: &str, key: Key) -> Symbol {
        let slot = &mut self.recent[slot_index(key.hash(), RECENT_SLOT_BITS)];
        if slot.holds(key, s, interner) {
            return slot.sym;
        }
        let sym = interner.intern_shared(s, key);
        *slot = RecentSlot { a: key.a, b: key.b, len: key.len, sym };
        sym
    }
}

thread_local! {
    static CACHE: RefCell<ThreadCache> = RefCell::default();
}

static NEXT_INTERNER_ID: AtomicU64 = AtomicU64::new(1);

/// An interner together with the calling thread's cache, for the length
/// of one job (a file's parse): interning through it skips the
/// thread-local lookup that [`Interner::intern`] makes for every name.
pub struct Names<'i> {
    interner: &'i Interner,
    cache: Option<&'i mut ThreadCache>,
}

impl<'i> Names<'i> {
    pub fn intern(&mut self, s: &str) -> Symbol {
        match &mut self.cache {
            Some(cache) => cache.intern(self.interner, s),
            None => self.interner.intern_shared(s, Key::of(s.as_bytes())),
        }
    }

    /// Interns `s`, whose bytes zero-padded to sixteen are `words` (so
    /// `s` has at most sixteen bytes): the scanner's words of an identifier
    /// spare reading it again.
    #[inline]
    pub fn intern_words(&mut self, s: &str, (a, b): (u64, u64)) -> Symbol {
        let key = Key { a, b, len: s.len() as u32 };
        debug_assert_eq!(key, Key::of(s.as_bytes()));
        match &mut self.cache {
            Some(cache) => cache.intern_key(self.interner, s, key),
            None => self.interner.intern_shared(s, key),
        }
    }

    pub fn interner(&self) -> &'i Interner {
        self.interner
    }
}

impl Default for Interner {
    fn default() -> Self {
        Self::new()
    }
}

impl Interner {
    pub fn new() -> Self {
        let tables: [OnceLock<Table>; GENERATIONS] = Default::default();
        let _ = tables[0].set(Table::with_capacity(1 << FIRST_TABLE_BITS));
        Interner {
            tables,
            current: AtomicUsize::new(0),
            texts: Texts { segments: Default::default() },
            writer: Mutex::new(0),
            id: NEXT_INTERNER_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        self.with_names(|mut names| names.intern(s))
    }

    /// Runs `job` with a [`Names`] that holds this thread's cache. When the
    /// cache is unavailable (a nested call, or a call from a thread-local
    /// destructor) the names go to the shared table directly.
    pub fn with_names<R>(&self, job: impl FnOnce(Names<'_>) -> R) -> R {
        let mut job = Some(job);
        let cached = CACHE.try_with(|cache| {
            let mut cache = cache.try_borrow_mut().ok()?;
            cache.claim(self);
            let job = job.take()?;
            Some(job(Names { interner: self, cache: Some(&mut cache) }))
        });
        match (cached, job) {
            (Ok(Some(result)), _) => result,
            (_, Some(job)) => job(Names { interner: self, cache: None }),
            // `job` ran and returned: `cached` holds its result.
            (_, None) => unreachable!("the job ran but its result was lost"),
        }
    }

    fn table(&self) -> &Table {
        let generation = self.current.load(Ordering::Acquire);
        self.tables[generation].get().unwrap_or_else(|| unreachable!("table generation {generation} is published"))
    }

    /// Finds or adds `s`, whose key is `key`, in the shared table.
    fn intern_shared(&self, s: &str, key: Key) -> Symbol {
        if let Some(sym) = self.table().find(key, s.as_bytes(), &self.texts) {
            return sym;
        }
        let mut count = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let mut table = self.table();
        if let Some(sym) = table.find(key, s.as_bytes(), &self.texts) {
            return sym;
        }
        if (*count as usize + 1) * 4 > table.slots.len() * 3 {
            table = self.grow(table);
        }
        let sym = Symbol(*count);
        *count += 1;
        self.texts.set(sym, Box::leak(s.into()));
        table.insert(key, sym);
        sym
    }

    /// Publishes a table twice the size of `old` with its entries. Only
    /// the writer calls this.
    fn grow(&self, old: &Table) -> &Table {
        let generation = self.current.load(Ordering::Relaxed) + 1;
        let table = Table::with_capacity(old.slots.len() * 2);
        for (key, sym) in old.entries() {
            table.insert(key, sym);
        }
        let _ = self.tables[generation].set(table);
        self.current.store(generation, Ordering::Release);
        self.table()
    }

    pub fn resolve(&self, sym: Symbol) -> &'static str {
        if let Some(text) = self.texts.get(sym) {
            return text;
        }
        // Seen only if the symbol came from another thread without any
        // synchronisation; the writer's lock orders us after its interning.
        let _writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        self.texts.get(sym).unwrap_or_else(|| panic!("symbol {} does not belong to this interner", sym.0))
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
    fn keys_tell_names_apart() {
        let text = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for n in 0..text.len() {
            let a = &text[..n];
            let copy = a.to_vec();
            assert!(same_bytes(a, &copy));
            assert_eq!(Key::of(a), Key::of(&copy));
            for i in 0..n {
                let mut b = a.to_vec();
                b[i] = b'_';
                assert!(!same_bytes(a, &b), "{n} {i}");
                if n <= INLINE_MAX {
                    assert_ne!(Key::of(a), Key::of(&b), "{n} {i}");
                }
                assert_ne!(Key::of(a).hash(), Key::of(&b).hash(), "{n} {i}");
            }
            assert!(!same_bytes(a, &text[..n + 1]));
            assert_ne!(Key::of(a), Key::of(&text[..n + 1]));
        }
    }

    #[test]
    fn many_names_survive_growth_and_resolve() {
        let i = Interner::new();
        let names: Vec<String> = (0..50_000).map(|n| format!("name_{n}_{}", "x".repeat(n % 40))).collect();
        let syms: Vec<Symbol> = names.iter().map(|n| i.intern(n)).collect();
        for (name, &sym) in names.iter().zip(&syms) {
            assert_eq!(i.intern(name), sym);
            assert_eq!(i.resolve(sym), name);
        }
        // Through the shared table only (the thread cache holds a few).
        i.with_names(|_| {
            for (name, &sym) in names.iter().zip(&syms) {
                assert_eq!(i.intern(name), sym);
            }
        });
    }

    #[test]
    fn threads_agree_on_symbols() {
        let i = Interner::new();
        let names: Vec<String> = (0..20_000).map(|n| format!("v{}", n % 5_000)).collect();
        let per_thread: Vec<Vec<Symbol>> = std::thread::scope(|s| {
            let jobs: Vec<_> = (0..4).map(|_| s.spawn(|| names.iter().map(|n| i.intern(n)).collect())).collect();
            jobs.into_iter().map(|j| j.join().unwrap_or_default()).collect()
        });
        for syms in &per_thread[1..] {
            assert_eq!(syms, &per_thread[0]);
        }
        for (name, &sym) in names.iter().zip(&per_thread[0]) {
            assert_eq!(i.resolve(sym), name);
        }
    }

    #[test]
    fn interners_do_not_share_cached_symbols() {
        let first = Interner::new();
        let second = Interner::new();
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
