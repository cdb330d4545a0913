package runtime

import "unsafe"

// Type descriptors, written by the lowering as static data (see
// crates/wago-lower/src/typedesc.rs, which must agree with these layouts).
// Identical types share one descriptor, so two types are identical exactly
// when their descriptors' addresses are equal. A descriptor carries what
// interfaces need now (name, method table, equality) and what reflect and
// the collector will read later (kind, size, element types, GC data).

type _type struct {
	size      uint32
	hash      uint32 // of the type's identity, for hashing interface values
	kind      uint8  // reflect.Kind
	flags     uint8
	align     uint8
	_         uint8
	gcdata    unsafe.Pointer // the GC shape of a value (see gc.go); nil: no pointers
	str       string         // as reflect prints it: "main.T", "[]int"
	elem      *_type         // pointer, slice, array, chan and map element
	methods   unsafe.Pointer // [nmethods]method, sorted by name
	nmethods  int32
	eqfields  unsafe.Pointer // [neqfields]keyField: how == compares a value
	neqfields int32          // -1: the type is not comparable
	key       *_type         // map key
}

// flagDirect: an interface holding this type keeps the value itself in its
// data word (pointer-shaped types); otherwise the data word points at a
// copy of the value.
const flagDirect = 1

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
	kindInterface     = 20
	kindString        = 24
	kindUnsafePointer = 26
)

// A method table entry. For an interface type's descriptor the table lists
// its methods (ifn 0); for a concrete type, its method set, each with the
// table index of a wrapper that takes the interface's data word as its
// receiver.
type method struct {
	name string // "M", or "pkg/path.m" for an unexported name
	mtyp *_type // the signature, without receiver
	ifn  uint32
}

// An itab pairs a non-empty interface type with a concrete type: the
// first word of such an interface value. fun follows, one table index per
// interface method in the interface's order.
type itab struct {
	inter *_type
	typ   *_type
}

func (t *_type) method(i int32) *method {
	return (*method)(unsafe.Add(t.methods, i*int32(unsafe.Sizeof(method{}))))
}

func (m *itab) fun(i int32) *uint32 {
	return (*uint32)(unsafe.Add(unsafe.Pointer(m), 8+4*i))
}

// An empty interface's two words; a non-empty one has an *itab first.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}
