//! The linker: places the reachable data objects in linear memory, numbers
//! the functions whose address is taken in the indirect-call table, applies
//! relocations, and cuts the initial memory image into as few bytes of data
//! segments as it can (zeros are free: memory starts zeroed).

use crate::EmitError;
use crate::reach::Reachable;
use wago_ir::{DataId, FuncId, Id, Module, RelocTarget};

/// The lowest address an object may have: 0 is nil, and a few bytes after it
/// stay unused so that small offsets from nil still fault as nil would.
pub const DATA_BASE: u32 = 8;

/// The object the runtime's heap starts at, placed after all the others.
pub const HEAP_BASE: &str = "__heap_base";
const HEAP_ALIGN: u32 = 16;
const PAGE: u64 = 64 * 1024;

/// Where everything went.
pub struct Layout {
    /// Address of each reachable data object.
    pub addr: Vec<Option<u32>>,
    /// Table index of each function whose address is taken (from 1).
    pub table_index: Vec<Option<u32>>,
    /// The table's functions, for table index 1, 2, ...
    pub table_funcs: Vec<FuncId>,
    /// Active data segments: address and bytes.
    pub segments: Vec<(u32, Vec<u8>)>,
    /// Initial memory size in pages.
    pub pages: u64,
}

pub fn link(m: &Module, reach: &Reachable, headroom: u32) -> Result<Layout, EmitError> {
    let mut table_index = vec![None; m.funcs.len()];
    let mut table_funcs = Vec::new();
    for f in m.funcs.ids() {
        if reach.addr_taken[f.index()] {
            table_funcs.push(f);
            table_index[f.index()] = Some(table_funcs.len() as u32);
        }
    }
    let (addr, end) = place(m, reach)?;
    let mut segments = SegmentBuilder::default();
    let mut placed: Vec<DataId> = m.data.ids().filter(|&d| addr[d.index()].is_some()).collect();
    placed.sort_by_key(|d| addr[d.index()]);
    for d in placed {
        let base = addr[d.index()].expect("placed");
        let bytes = object_bytes(m, d, &addr, &table_index)?;
        segments.add_object(base, &bytes);
    }
    let pages = (u64::from(end) + u64::from(headroom)).div_ceil(PAGE).max(1);
    Ok(Layout { addr, table_index, table_funcs, segments: segments.finish(), pages })
}

/// Gives each reachable object its address; returns them and the end of data.
fn place(m: &Module, reach: &Reachable) -> Result<(Vec<Option<u32>>, u32), EmitError> {
    let mut addr = vec![None; m.data.len()];
    let mut next = u64::from(DATA_BASE);
    let heap_last = |heap: bool| m.data.iter().filter(move |(d, o)| reach.data(*d) && (o.name == HEAP_BASE) == heap);
    for (d, obj) in heap_last(false).chain(heap_last(true)) {
        let align = if obj.name == HEAP_BASE { obj.align.max(HEAP_ALIGN) } else { obj.align.max(1) };
        if !align.is_power_of_two() {
            return Err(EmitError::module(format!("data {}: alignment {} is not a power of two", obj.name, obj.align)));
        }
        if obj.init.len() as u64 > u64::from(obj.size) {
            return Err(EmitError::module(format!(
                "data {}: {} initial bytes exceed its size {}",
                obj.name,
                obj.init.len(),
                obj.size
            )));
        }
        next = next.next_multiple_of(u64::from(align));
        addr[d.index()] = Some(u32::try_from(next).map_err(|_| too_big())?);
        next += u64::from(obj.size);
    }
    Ok((addr, u32::try_from(next).map_err(|_| too_big())?))
}

fn too_big() -> EmitError {
    EmitError::module("data does not fit in a 32-bit memory")
}

/// An object's initial bytes with relocations applied (trailing zeros of
/// its size left out).
fn object_bytes(m: &Module, d: DataId, addr: &[Option<u32>], table: &[Option<u32>]) -> Result<Vec<u8>, EmitError> {
    let obj = &m.data[d];
    let mut bytes = obj.init.clone();
    for r in &obj.relocs {
        let at = r.offset as usize;
        if u64::from(r.offset) + 4 > u64::from(obj.size) {
            return Err(EmitError::module(format!(
                "data {}: relocation at {} is outside its size",
                obj.name, r.offset
            )));
        }
        let value = match r.target {
            RelocTarget::Data(target, addend) => {
                addr.get(target.index()).copied().flatten().map(|a| a.wrapping_add(addend))
            }
            RelocTarget::Func(f) => table.get(f.index()).copied().flatten(),
        };
        let Some(value) = value else {
            return Err(EmitError::module(format!("data {}: relocation at {} to a missing item", obj.name, r.offset)));
        };
        if bytes.len() < at + 4 {
            bytes.resize(at + 4, 0);
        }
        bytes[at..at + 4].copy_from_slice(&value.to_le_bytes());
    }
    Ok(bytes)
}

/// Collects the non-zero runs of the memory image, in address order, into
/// segments, bridging a gap of zeros when that costs fewer bytes than the
/// header of a new segment.
#[derive(Default)]
struct SegmentBuilder {
    segments: Vec<(u32, Vec<u8>)>,
}

impl SegmentBuilder {
    fn add_object(&mut self, base: u32, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == 0 {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i] != 0 {
                i += 1;
            }
            self.add_run(base + start as u32, &bytes[start..i]);
        }
    }

    fn add_run(&mut self, addr: u32, run: &[u8]) {
        if let Some((last_addr, last)) = self.segments.last_mut() {
            let gap = (addr - (*last_addr + last.len() as u32)) as usize;
            // A segment header: memory index, `i32.const addr`, `end`, length.
            let header = 3 + sleb_len(addr as i32 as i64) + uleb_len(run.len() as u64);
            let grown = uleb_len((last.len() + gap + run.len()) as u64) - uleb_len(last.len() as u64);
            if gap + grown <= header {
                last.resize(last.len() + gap, 0);
                last.extend_from_slice(run);
                return;
            }
        }
        self.segments.push((addr, run.to_vec()));
    }

    fn finish(self) -> Vec<(u32, Vec<u8>)> {
        self.segments
    }
}

pub fn uleb_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

pub fn sleb_len(mut v: i64) -> usize {
    let mut n = 1;
    while !(-64..64).contains(&v) {
        v >>= 7;
        n += 1;
    }
    n
}
