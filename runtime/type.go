package runtime

import "unsafe"

// Type descriptors, written by the lowering as static data (see
// crates/wago-lower/src/typedesc.rs) in the layout of internal/abi's
// types on wasm32: abi.Type, then the kind's extension (abi.PtrType,
// abi.StructType, ...), then abi.UncommonType and the method array for a
// named type or a type with methods. NameOff and TypeOff values are
// absolute addresses (wasm32 addresses fit in int32). Identical types
// share one descriptor, so two types are identical exactly when their
// descriptors' addresses are equal. Method and name objects are shared
// by equal contents, so method names compare by address.

// _type is abi.Type.
type _type struct {
	size       uintptr
	ptrBytes   uintptr
	hash       uint32 // of the type's identity, for hashing interface values
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8          // reflect.Kind
	equal      *equalFn       // nil: the type is not comparable
	gcdata     unsafe.Pointer // the GC shape of a value (see gc.go); nil: no pointers
	str        int32          // the *name reflect prints ("main.T", "[]int")
	ptrToThis  int32
}

// abi.TFlag bits.
const (
	tflagUncommon    = 1 << 0
	tflagExtraStar   = 1 << 1
	tflagNamed       = 1 << 2
	tflagDirectIface = 1 << 5 // the interface data word is the value itself
)

// The Equal func value of a comparable type: a closure object whose code
// is equalByFields, carrying the field runs == compares (see hash.go).
type equalFn struct {
	code    uintptr
	nfields int32
	fields  unsafe.Pointer
}

// equalByFields is the code of every type's Equal: c is the closure
// object.
func equalByFields(c *equalFn, a, b unsafe.Pointer) bool {
	return fieldsEqual(c.fields, c.nfields, a, b)
}

// hasherByFields is the code of every map type's Hasher (abi.MapType):
// c is the closure object, with the key's field runs; it hashes as wago's
// maps do.
func hasherByFields(c *equalFn, p unsafe.Pointer, seed uintptr) uintptr {
	return uintptr(finish(hashFields(c.fields, c.nfields, p, uint64(seed))))
}

// Kinds, numbered as reflect.Kind.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// nameString is the name of the abi.Name at address n: a flags byte, a
// varint length, the bytes.
func nameString(n int32) string {
	p := unsafe.Pointer(uintptr(n))
	l, i := 0, int32(1)
	for shift := 0; ; shift += 7 {
		b := *(*byte)(unsafe.Add(p, i))
		i++
		l |= int(b&0x7f) << shift
		if b&0x80 == 0 {
			break
		}
	}
	return unsafe.String((*byte)(unsafe.Add(p, i)), l)
}

// string is the type's name as reflect prints it.
func (t *_type) string() string {
	s := nameString(t.str)
	if t.tflag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

// extSize is the size of abi.Type with its kind's extension: where an
// UncommonType starts.
func (t *_type) extSize() uintptr {
	switch t.kind {
	case kindPointer, kindSlice, kindFunc:
		return 36
	case kindArray:
		return 44
	case kindChan, kindInterface, kindStruct:
		return 48
	case kindMap:
		return 76
	}
	return 32
}

// uncommontype is abi.UncommonType.
type uncommontype struct {
	pkgPath int32
	mcount  uint16
	xcount  uint16
	moff    uint32
	_       uint32
}

// method is abi.Method: for a concrete type, each method of its method
// set with the table index of a wrapper that takes the interface's data
// word as its receiver.
type method struct {
	name int32 // *name: "M", or "m" with its package path
	mtyp *_type // the signature, without receiver
	ifn  uint32
	tfn  uint32
}

func (t *_type) uncommon() *uncommontype {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommontype)(unsafe.Add(unsafe.Pointer(t), t.extSize()))
}

// methods is the type's method set: count and first entry.
func (t *_type) methods() (int32, unsafe.Pointer) {
	u := t.uncommon()
	if u == nil {
		return 0, nil
	}
	return int32(u.mcount), unsafe.Add(unsafe.Pointer(u), u.moff)
}

func methodAt(ms unsafe.Pointer, i int32) *method {
	return (*method)(unsafe.Add(ms, i*int32(unsafe.Sizeof(method{}))))
}

// interfacetype is abi.InterfaceType: its methods in gc's order.
type interfacetype struct {
	_type
	pkgPath  unsafe.Pointer
	imethods unsafe.Pointer // [nmethods]imethod
	nmethods int32
	_        int32
}

// imethod is abi.Imethod.
type imethod struct {
	name int32
	typ  *_type
}

func (t *interfacetype) imethod(i int32) *imethod {
	return (*imethod)(unsafe.Add(t.imethods, i*int32(unsafe.Sizeof(imethod{}))))
}

// An itab (abi.ITab) pairs a non-empty interface type with a concrete
// type: the first word of such an interface value. fun follows, one
// table index per interface method in the interface's order.
type itab struct {
	inter *interfacetype
	typ   *_type
	hash  uint32
}

func (m *itab) fun(i int32) *uint32 {
	return (*uint32)(unsafe.Add(unsafe.Pointer(m), 12+4*i))
}

// An empty interface's two words; a non-empty one has an *itab first.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

// hash/maphash hashes bytes as the runtime's maps do.
//
//go:linkname maphash_runtime_memhash hash/maphash.runtime_memhash
func maphash_runtime_memhash(p unsafe.Pointer, seed, s uintptr) uintptr {
	return uintptr(finish(hashBytes(p, int32(s), uint64(seed))))
}
