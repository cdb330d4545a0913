package runtime

import "unsafe"

// Hashing and comparing map keys, and the random numbers behind hash
// seeds and map iteration order.
//
// A key is bytes in memory described by its map type's key fields (see
// maptype in map.go): runs of raw bytes compared and hashed as they are,
// strings by their contents, floats by value (+0 == -0; NaN equals
// nothing and hashes at random). Padding is never part of a field, so it
// never matters.

//go:wasmimport wasi_snapshot_preview1 random_get
func random_get(buf unsafe.Pointer, n int32) int32

// The generator's state (splitmix64), seeded from WASI on first use.
var randState uint64
var randSeed uint64

// rand64 returns a pseudo-random number.
func rand64() uint64 {
	if randState == 0 {
		random_get(unsafe.Pointer(&randSeed), 8)
		randState = randSeed | 1
	}
	randState += 0x9e3779b97f4a7c15
	z := randState
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Key field kinds, as the lowering writes them.
const (
	keyRaw     = 0
	keyString  = 1
	keyFloat32 = 2
	keyFloat64 = 3
	keyEface   = 4 // an empty interface: its dynamic type says the rest
	keyIface   = 5 // a non-empty interface
)

// A key field: size bytes at off of the kind above.
type keyField struct {
	off  int32
	size int32
	kind int32
}

// mix folds a word into a running hash.
func mix(h, w uint64) uint64 {
	h = (h ^ w) * 0xbf58476d1ce4e5b9
	return h ^ (h >> 31)
}

// finish spreads every input bit over the whole hash (murmur3's fmix64).
func finish(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ (h >> 33)
}

// hashBytes hashes n bytes at p into h, a word at a time.
func hashBytes(p unsafe.Pointer, n int32, h uint64) uint64 {
	for n >= 8 {
		h = mix(h, *(*uint64)(p))
		p = unsafe.Add(p, 8)
		n -= 8
	}
	if n >= 4 {
		h = mix(h, uint64(*(*uint32)(p)))
		p = unsafe.Add(p, 4)
		n -= 4
	}
	if n > 0 {
		var w uint64
		for i := int32(0); i < n; i++ {
			w = w<<8 | uint64(bytesAt(p, i))
		}
		h = mix(h, w|uint64(n)<<32)
	}
	return h
}

// hashFloat hashes a float's value: both zeros alike, each NaN at random.
func hashFloat(f float64, bits uint64, h uint64) uint64 {
	if f == 0 {
		return mix(h, 0)
	}
	if f != f {
		return mix(h, rand64())
	}
	return mix(h, bits)
}

// fields returns the key fields, stored after the maptype.
func (t *maptype) fields() unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(t), int32(unsafe.Sizeof(maptype{})))
}

func fieldAt(fields unsafe.Pointer, i int32) *keyField {
	return (*keyField)(unsafe.Add(fields, i*int32(unsafe.Sizeof(keyField{}))))
}

// hashKey hashes the key at p with the map's seed.
func hashKey(t *maptype, p unsafe.Pointer, seed uint64) uint64 {
	if t.word8 {
		// finish(mix(seed, word)), written out (no inliner yet).
		h := (seed ^ *(*uint64)(p)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		h ^= h >> 33
		h *= 0xff51afd7ed558ccd
		h ^= h >> 33
		h *= 0xc4ceb9fe1a85ec53
		return h ^ (h >> 33)
	}
	return finish(hashFields(t.fields(), t.nfields, p, seed))
}

// hashFields hashes the value at p described by n fields into h.
func hashFields(fields unsafe.Pointer, n int32, p unsafe.Pointer, h uint64) uint64 {
	for i := int32(0); i < n; i++ {
		f := fieldAt(fields, i)
		q := unsafe.Add(p, f.off)
		switch f.kind {
		case keyRaw:
			h = hashBytes(q, f.size, h)
		case keyString:
			n := *(*int32)(unsafe.Add(q, 4))
			h = hashBytes(*(*unsafe.Pointer)(q), n, mix(h, uint64(n)))
		case keyFloat32:
			h = hashFloat(float64(*(*float32)(q)), uint64(*(*uint32)(q)), h)
		case keyFloat64:
			h = hashFloat(*(*float64)(q), *(*uint64)(q), h)
		default:
			h = hashIface(ifaceType(q, f.kind == keyIface), unsafe.Add(q, 4), h)
		}
	}
	return h
}

// hashIface hashes an interface value: its dynamic type, then the value
// (the data word itself for a pointer-shaped type).
func hashIface(t *_type, data unsafe.Pointer, h uint64) uint64 {
	if t == nil {
		return mix(h, 0)
	}
	if t.equal == nil {
		runtimeError("hash of unhashable type " + t.string())
		return h
	}
	h = mix(h, uint64(t.hash))
	if t.tflag&tflagDirectIface != 0 {
		return hashBytes(data, 4, h)
	}
	return hashFields(t.equal.fields, t.equal.nfields, *(*unsafe.Pointer)(data), h)
}

// keyEqual reports whether the keys at a and b are equal, as Go's == is.
func keyEqual(t *maptype, a, b unsafe.Pointer) bool {
	if t.word8 {
		return *(*uint64)(a) == *(*uint64)(b)
	}
	return fieldsEqual(t.fields(), t.nfields, a, b)
}

// fieldsEqual reports whether the values at a and b described by n
// fields are equal, as Go's == is.
func fieldsEqual(fields unsafe.Pointer, n int32, a, b unsafe.Pointer) bool {
	for i := int32(0); i < n; i++ {
		f := fieldAt(fields, i)
		p := unsafe.Add(a, f.off)
		q := unsafe.Add(b, f.off)
		switch f.kind {
		case keyRaw:
			if !memequal(p, q, f.size) {
				return false
			}
		case keyString:
			n := *(*int32)(unsafe.Add(p, 4))
			if n != *(*int32)(unsafe.Add(q, 4)) || !memequal(*(*unsafe.Pointer)(p), *(*unsafe.Pointer)(q), n) {
				return false
			}
		case keyFloat32:
			if *(*float32)(p) != *(*float32)(q) {
				return false
			}
		case keyFloat64:
			if *(*float64)(p) != *(*float64)(q) {
				return false
			}
		default:
			nonEmpty := f.kind == keyIface
			pd := *(*unsafe.Pointer)(unsafe.Add(p, 4))
			qd := *(*unsafe.Pointer)(unsafe.Add(q, 4))
			if !efaceeq(ifaceType(p, nonEmpty), pd, ifaceType(q, nonEmpty), qd) {
				return false
			}
		}
	}
	return true
}

// memequal reports whether the n bytes at p and q are the same.
func memequal(p, q unsafe.Pointer, n int32) bool {
	if p == q {
		return true
	}
	for n >= 8 {
		if *(*uint64)(p) != *(*uint64)(q) {
			return false
		}
		p = unsafe.Add(p, 8)
		q = unsafe.Add(q, 8)
		n -= 8
	}
	for i := int32(0); i < n; i++ {
		if bytesAt(p, i) != bytesAt(q, i) {
			return false
		}
	}
	return true
}

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n int32) {
	for n >= 8 {
		*(*uint64)(p) = 0
		p = unsafe.Add(p, 8)
		n -= 8
	}
	for i := int32(0); i < n; i++ {
		*(*byte)(unsafe.Add(p, i)) = 0
	}
}
