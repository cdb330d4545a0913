package runtime

import "unsafe"

// What internal/reflectlite (and reflect) ask of the runtime, provided
// through //go:linkname as gc's runtime does: resolving the NameOff and
// TypeOff values of type descriptors (absolute addresses in wago, see
// type.go), allocating and copying values of a described type, storing
// into interfaces, lengths of maps and channels. Also runtime.Caller and
// FuncForPC in the form wago can give today: WebAssembly cannot walk its
// own stack, so no caller is known.

//go:linkname reflectlite_resolveNameOff internal/reflectlite.resolveNameOff
func reflectlite_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflectlite_resolveTypeOff internal/reflectlite.resolveTypeOff
func reflectlite_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflectlite_unsafe_New internal/reflectlite.unsafe_New
func reflectlite_unsafe_New(t *_type) unsafe.Pointer {
	return mallocgc(int32(t.size), t.gcdata)
}

//go:linkname reflectlite_typedmemmove internal/reflectlite.typedmemmove
func reflectlite_typedmemmove(t *_type, dst, src unsafe.Pointer) {
	memmove(dst, src, int32(t.size))
}

// reflectlite_ifaceE2I stores src in the interface of type t at dst.
//
//go:linkname reflectlite_ifaceE2I internal/reflectlite.ifaceE2I
func reflectlite_ifaceE2I(t *_type, src any, dst unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&src))
	*(**itab)(dst) = assertE2I(t, e.typ)
	*(*unsafe.Pointer)(unsafe.Add(dst, 4)) = e.data
}

//go:linkname reflectlite_maplen internal/reflectlite.maplen
func reflectlite_maplen(m unsafe.Pointer) int {
	return maplen((*hmap)(m))
}

// reflectlite_chanlen: a program has no channels yet, so only a nil
// channel can reach here.
//
//go:linkname reflectlite_chanlen internal/reflectlite.chanlen
func reflectlite_chanlen(c unsafe.Pointer) int {
	if c != nil {
		throw("wago: channels are not supported yet")
	}
	return 0
}

// Caller reports no caller: wago cannot walk the stack yet.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// A Func is a function of the program; wago records none yet.
type Func struct {
	name string
}

// FuncForPC returns nil: wago has no function table for program counters.
func FuncForPC(pc uintptr) *Func {
	return nil
}

// Name returns the function's name ("" for nil).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}
