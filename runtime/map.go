package runtime

import "unsafe"

// Maps: an open-addressing hash table with linear probing.
//
// The runtime cannot use interfaces or closures, so each map operation
// gets its map type's descriptor (a maptype, written by the lowering as
// static data) next to the map and a pointer to the key's bytes.
//
// A table is a power-of-two array of slots: a 32-bit state word, then the
// key and the value at the descriptor's offsets. A state is empty,
// deleted (a tombstone, so probe chains stay intact) or the entry's tag:
// the hash's low 31 bits with the top bit set. The tag names the slot an
// entry wants (tag & mask), so growing the table moves entries without
// hashing their keys again. Tables grow (or are rebuilt at the same size
// to drop tombstones) when three quarters of the slots are used; a slot,
// once filled, never moves within its table.
//
// Iteration walks the slots from a random start, wrapping around. While
// the table it started on is still the map's, a slot is read as it is
// now (so deleted entries not yet reached are not produced). Once the map
// has a new table, the old one is frozen and each of its entries is
// looked up in the map, so entries deleted since are skipped and values
// are current. Entries added during iteration may be produced or not.

// A map type's descriptor; nfields keyField records follow it.
type maptype struct {
	keySize  int32
	valSize  int32
	keyOff   int32 // within a slot
	valOff   int32
	slotSize int32
	nfields  int32
	word8    bool // the key is eight raw bytes: hash and compare one word
	// The GC shape of a slot (nil: no pointers); tables repeat it.
	slotShape unsafe.Pointer
}

// A map value points at its hmap; nil is the nil map.
type hmap struct {
	count  int // live entries: len(m)
	used   int32 // live entries and tombstones
	mask   uint32 // slots-1; 0 when slots is nil
	slots  unsafe.Pointer
	seed   uint64
	clears int32 // how many times clear emptied the map
}

const (
	slotEmpty   = 0
	slotDeleted = 1
	tagFull     = 0x80000000
	minSlots    = 8
)

func slotAt(t *maptype, slots unsafe.Pointer, i uint32) unsafe.Pointer {
	return unsafe.Add(slots, i*uint32(t.slotSize))
}

func slotState(s unsafe.Pointer) uint32 {
	return *(*uint32)(s)
}

// makemap makes a map with room for hint entries.
func makemap(t *maptype, hint int64) *hmap {
	h := new(hmap)
	h.seed = rand64()
	if hint > minSlots*3/4 && hint <= 1<<24 {
		n := uint32(minSlots)
		for int64(n)*3 < hint*4 {
			n *= 2
		}
		h.resize(t, n)
	}
	return h
}

// maplen is len(m).
func maplen(h *hmap) int {
	if h == nil {
		return 0
	}
	return h.count
}

// find returns the slot holding key, or nil.
func (h *hmap) find(t *maptype, key unsafe.Pointer) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	// The helpers are written out in this loop and mapassign's: there
	// is no inliner yet.
	tag := uint32(hashKey(t, key, h.seed)) | tagFull
	mask, slots, size := h.mask, h.slots, uint32(t.slotSize)
	for i := tag & mask; ; i = (i + 1) & mask {
		s := unsafe.Add(slots, i*size)
		st := *(*uint32)(s)
		if st == slotEmpty {
			return nil
		}
		if st == tag {
			k := unsafe.Add(s, t.keyOff)
			if t.word8 && *(*uint64)(k) == *(*uint64)(key) || !t.word8 && keyEqual(t, k, key) {
				return s
			}
		}
	}
}

// Zeroed memory that absent entries' values are read from.
var zeroArea unsafe.Pointer
var zeroSize int32

func zeroValue(size int32) unsafe.Pointer {
	if size > zeroSize {
		zeroSize = size
		if zeroSize < 1024 {
			zeroSize = 1024
		}
		zeroArea = mallocgc(zeroSize, nil)
	}
	return zeroArea
}

// mapaccess1 is m[key]: its value's address (a zero value when absent;
// never written to).
func mapaccess1(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if s := h.find(t, key); s != nil {
		return unsafe.Add(s, t.valOff)
	}
	return zeroValue(t.valSize)
}

// mapaccess2 is v, ok := m[key].
func mapaccess2(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	if s := h.find(t, key); s != nil {
		return unsafe.Add(s, t.valOff), true
	}
	return zeroValue(t.valSize), false
}

// mapassign returns the address of key's value, adding the entry (with a
// zero value) when absent. An existing entry's key is overwritten with
// key, as gc does: equal keys can differ (+0 and -0, strings' memory).
func mapassign(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		gopanic(plainError("assignment to entry in nil map"))
	}
	if h.slots == nil {
		h.resize(t, minSlots)
	}
	tag := uint32(hashKey(t, key, h.seed)) | tagFull
	mask, slots, size := h.mask, h.slots, uint32(t.slotSize)
	var free unsafe.Pointer
	i := tag & mask
	for ; ; i = (i + 1) & mask {
		s := unsafe.Add(slots, i*size)
		st := *(*uint32)(s)
		if st == slotEmpty {
			break
		}
		if st == slotDeleted {
			if free == nil {
				free = s
			}
		} else if st == tag {
			k := unsafe.Add(s, t.keyOff)
			if t.word8 && *(*uint64)(k) == *(*uint64)(key) || !t.word8 && keyEqual(t, k, key) {
				memmove(k, key, t.keySize)
				return unsafe.Add(s, t.valOff)
			}
		}
	}
	if free == nil {
		if (h.used+1)*4 > int32(h.mask+1)*3 {
			h.grow(t)
			free = h.freeSlot(t, tag)
		} else {
			free = slotAt(t, h.slots, i)
		}
		h.used++
	}
	*(*uint32)(free) = tag
	memmove(unsafe.Add(free, t.keyOff), key, t.keySize)
	h.count++
	return unsafe.Add(free, t.valOff)
}

// freeSlot returns the first empty slot of tag's probe chain (in a table
// without tombstones).
func (h *hmap) freeSlot(t *maptype, tag uint32) unsafe.Pointer {
	for i := tag & h.mask; ; i = (i + 1) & h.mask {
		s := slotAt(t, h.slots, i)
		if slotState(s) == slotEmpty {
			return s
		}
	}
}

// grow gives the map a new table: twice the size when more than half the
// slots hold live entries, else the same size without tombstones.
func (h *hmap) grow(t *maptype) {
	n := h.mask + 1
	if h.count*2 > int(n) {
		n *= 2
	}
	h.resize(t, n)
}

// resize moves the entries to a new table of n slots. The old table is
// left as it is, for iterators still walking it.
func (h *hmap) resize(t *maptype, n uint32) {
	old := h.slots
	oldN := uint32(0)
	if old != nil {
		oldN = h.mask + 1
	}
	h.slots = mallocgc(int32(n)*t.slotSize, t.slotShape)
	h.mask = n - 1
	h.used = int32(h.count)
	for i := uint32(0); i < oldN; i++ {
		s := slotAt(t, old, i)
		if st := slotState(s); st >= tagFull {
			memmove(h.freeSlot(t, st), s, t.slotSize)
		}
	}
}

// mapdelete is delete(m, key).
func mapdelete(t *maptype, h *hmap, key unsafe.Pointer) {
	s := h.find(t, key)
	if s == nil {
		return
	}
	*(*uint32)(s) = slotDeleted
	memclr(unsafe.Add(s, 4), t.slotSize-4)
	h.count--
}

// mapclear is clear(m): every entry goes; the table stays.
func mapclear(t *maptype, h *hmap) {
	if h == nil || h.slots == nil {
		return
	}
	memclr(h.slots, int32(h.mask+1)*t.slotSize)
	h.count = 0
	h.used = 0
	h.clears++
}

// mapiterinit starts a range over m: the table to walk, its size, a
// random first slot, and the map's clear count.
func mapiterinit(h *hmap) (unsafe.Pointer, uint32, uint32, int32) {
	if h == nil || h.count == 0 {
		return nil, 0, 0, 0
	}
	n := h.mask + 1
	return h.slots, n, uint32(rand64()) & h.mask, h.clears
}

// mapiternext returns the key and value of the range's next entry, after
// i slots of the walk, and the number of slots walked then; a nil key at
// the end.
func mapiternext(t *maptype, h *hmap, slots unsafe.Pointer, n, start uint32, clears int32, i uint32) (unsafe.Pointer, unsafe.Pointer, uint32) {
	for i < n {
		s := slotAt(t, slots, (start+i)&(n-1))
		i++
		if slotState(s) < tagFull {
			continue
		}
		k := unsafe.Add(s, t.keyOff)
		if slots == h.slots {
			return k, unsafe.Add(s, t.valOff), i
		}
		// The map has another table now: the entry counts if it is
		// still there. A key not equal to itself (NaN) cannot be found,
		// nor deleted other than by clear.
		if cur := h.find(t, k); cur != nil {
			return unsafe.Add(cur, t.keyOff), unsafe.Add(cur, t.valOff), i
		}
		if clears == h.clears && !keyEqual(t, k, k) {
			return k, unsafe.Add(s, t.valOff), i
		}
	}
	return nil, nil, n
}
