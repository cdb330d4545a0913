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

// rtype mirrors internal/abi.Type as wago lays it out (runtime/type.go):
// NameOff values are absolute addresses.
type rtype struct {
	size       uint32
	ptrBytes   uint32
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      unsafe.Pointer // nil: not comparable
	gcdata     unsafe.Pointer
	strName    int32
	ptrToThis  int32
}

const (
	tflagExtraStar   = 1 << 1
	tflagDirectIface = 1 << 5
)

// elem is the element type of an array, chan, map, pointer or slice.
func (t *rtype) elem() *rtype {
	off := uintptr(32)
	if t.Kind() == Map {
		off = 36 // after MapType.Key
	}
	return *(**rtype)(unsafe.Add(unsafe.Pointer(t), off))
}

// nmethods is how many methods an interface type has.
func (t *rtype) nmethods() int32 {
	return *(*int32)(unsafe.Add(unsafe.Pointer(t), 40))
}

// str is the type's name: an abi.Name (flags, varint length, bytes).
func (t *rtype) str() string {
	p := unsafe.Pointer(uintptr(t.strName))
	n, i := 0, uintptr(1)
	for shift := 0; ; shift += 7 {
		b := *(*byte)(unsafe.Add(p, i))
		i++
		n |= int(b&0x7f) << shift
		if b&0x80 == 0 {
			break
		}
	}
	s := unsafe.String((*byte)(unsafe.Add(p, i)), n)
	if t.tflag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

func (t *rtype) Name() string {
	s := t.str()
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
func (t *rtype) String() string  { return t.str() }
func (t *rtype) Comparable() bool {
	return t.equal != nil
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem())
	}
	panic("reflect: Elem of invalid type " + t.str())
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
