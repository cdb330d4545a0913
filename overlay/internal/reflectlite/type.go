// Package reflectlite is wago's stand-in for the standard library's
// lightweight reflection, over wago's type descriptors (runtime/type.go,
// whose layout rtype mirrors). It has what errors, sort and context use:
// TypeOf, ValueOf, Swapper, and the Type and Value methods they call.
package reflectlite

import "unsafe"

// A Kind is the kind of type a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

const Ptr = Pointer

// Type is the representation of a Go type.
type Type interface {
	// Name returns the type's name within its package ("" if unnamed).
	Name() string
	// PkgPath is not recorded by wago's descriptors yet: always "".
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
}

// rtype mirrors the runtime's _type.
type rtype struct {
	size      uint32
	hash      uint32
	kind      uint8
	flags     uint8
	align     uint8
	_         uint8
	gcdata    unsafe.Pointer
	str       string
	elem      *rtype
	methods   unsafe.Pointer
	nmethods  int32
	eqfields  unsafe.Pointer
	neqfields int32
	key       *rtype
}

const flagDirect = 1

// method mirrors a method table entry.
type method struct {
	name string
	mtyp *rtype
	ifn  uint32
}

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

func (t *rtype) method(i int32) *method {
	return (*method)(unsafe.Add(t.methods, i*int32(unsafe.Sizeof(method{}))))
}

func (t *rtype) Name() string {
	s := t.str
	if len(s) == 0 || s[0] == '*' || s[0] == '[' || s[0] == '(' {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '[' || s[i] == '(' {
			return ""
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func (t *rtype) PkgPath() string { return "" }
func (t *rtype) Size() uintptr   { return uintptr(t.size) }
func (t *rtype) Kind() Kind      { return Kind(t.kind) }
func (t *rtype) String() string  { return t.str }
func (t *rtype) Comparable() bool {
	return t.neqfields >= 0
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.str)
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.(*rtype), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.(*rtype)
	return uu == t || (uu.Kind() == Interface && implements(uu, t))
}

// implements reports whether t has every method of interface inter: the
// runtime's itab lookup answers it (and caches the pair).
func implements(inter, t *rtype) bool {
	tab, _ := getitab(inter, t)
	return tab != nil
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	e := (*eface)(unsafe.Pointer(&i))
	return toType(e.typ)
}
