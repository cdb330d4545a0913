package reflectlite

import "unsafe"

// Value is the reflection interface to a Go value: its type and the
// address of its bytes.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	addr bool // ptr is the value's own storage: Set may write it
}

// A ValueError reports a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	return "reflect: call of " + e.Method + " on zero Value"
}

//go:linkname getitab runtime.getitab
func getitab(inter, typ *rtype) (unsafe.Pointer, string)

//go:linkname mallocgc runtime.mallocgc
func mallocgc(size int32, shape unsafe.Pointer) unsafe.Pointer

// ValueOf returns a Value holding the value in i.
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return packed(e.typ, e.data)
}

// packed is the Value of an interface's (type, data) words.
func packed(t *rtype, data unsafe.Pointer) Value {
	if t == nil {
		return Value{}
	}
	if t.tflag&tflagDirectIface != 0 {
		cell := new(unsafe.Pointer)
		*cell = data
		return Value{t, unsafe.Pointer(cell), false}
	}
	return Value{t, data, false}
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Slice, Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

// Elem returns what a pointer points at, or the value in an interface.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem(), p, true}
	case Interface:
		t := *(**rtype)(v.ptr)
		if t != nil && v.typ.nmethods() > 0 {
			t = *(**rtype)(unsafe.Add(unsafe.Pointer(t), 4))
		}
		return packed(t, *(*unsafe.Pointer)(unsafe.Add(v.ptr, 4)))
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice, String:
		return int(*(*int32)(unsafe.Add(v.ptr, 4)))
	case Array:
		if v.typ.elem().size == 0 {
			return 0
		}
		return int(v.typ.size / v.typ.elem().size)
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Set assigns x to v, which must be addressable and x assignable to it.
func (v Value) Set(x Value) {
	if !v.addr {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if v.typ.Kind() == Interface {
		var tab, data unsafe.Pointer
		if x.typ != nil {
			tab = unsafe.Pointer(x.typ)
			if v.typ.nmethods() > 0 {
				tab, _ = getitab(v.typ, x.typ)
			}
			if x.typ.tflag&tflagDirectIface != 0 {
				data = *(*unsafe.Pointer)(x.ptr)
			} else {
				data = mallocgc(int32(x.typ.size), x.typ.gcdata)
				copyBytes(data, x.ptr, x.typ.size)
			}
		}
		*(*unsafe.Pointer)(v.ptr) = tab
		*(*unsafe.Pointer)(unsafe.Add(v.ptr, 4)) = data
		return
	}
	if x.typ != v.typ {
		panic("reflect.Set: value of type " + x.typ.str() + " is not assignable to type " + v.typ.str())
	}
	copyBytes(v.ptr, x.ptr, v.typ.size)
}

func copyBytes(dst, src unsafe.Pointer, n uint32) {
	for i := uint32(0); i < n; i++ {
		*(*byte)(unsafe.Add(dst, i)) = *(*byte)(unsafe.Add(src, i))
	}
}

// Swapper returns a function that swaps the elements of slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	p := *(*unsafe.Pointer)(v.ptr)
	size := v.typ.elem().size
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(p, uint32(i)*size)
		b := unsafe.Add(p, uint32(j)*size)
		for k := uint32(0); k < size; k++ {
			pa := (*byte)(unsafe.Add(a, k))
			pb := (*byte)(unsafe.Add(b, k))
			*pa, *pb = *pb, *pa
		}
	}
}
