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
//go:linkname reflectlite_resolveNameOff reflect.resolveNameOff
func reflectlite_resolveNameOff(ptrInModule unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflectlite_resolveTypeOff internal/reflectlite.resolveTypeOff
//go:linkname reflectlite_resolveTypeOff reflect.resolveTypeOff
func reflectlite_resolveTypeOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

//go:linkname reflectlite_unsafe_New internal/reflectlite.unsafe_New
//go:linkname reflectlite_unsafe_New reflect.unsafe_New
func reflectlite_unsafe_New(t *_type) unsafe.Pointer {
	return mallocgc(int32(t.size), t.gcdata)
}

//go:linkname reflectlite_typedmemmove internal/reflectlite.typedmemmove
//go:linkname reflectlite_typedmemmove reflect.typedmemmove
func reflectlite_typedmemmove(t *_type, dst, src unsafe.Pointer) {
	memmove(dst, src, int32(t.size))
}

// reflectlite_ifaceE2I stores src in the interface of type t at dst.
//
//go:linkname reflectlite_ifaceE2I internal/reflectlite.ifaceE2I
//go:linkname reflectlite_ifaceE2I reflect.ifaceE2I
func reflectlite_ifaceE2I(t *_type, src any, dst unsafe.Pointer) {
	e := (*eface)(unsafe.Pointer(&src))
	*(**itab)(dst) = assertE2I(t, e.typ)
	*(*unsafe.Pointer)(unsafe.Add(dst, 4)) = e.data
}

//go:linkname reflectlite_maplen internal/reflectlite.maplen
//go:linkname reflectlite_maplen reflect.maplen
func reflectlite_maplen(m unsafe.Pointer) int {
	return maplen((*hmap)(m))
}

// reflectlite_chanlen (and reflect's chanlen and chancap): a program has
// no channels yet, so only a nil channel can reach here.
//
//go:linkname reflectlite_chanlen internal/reflectlite.chanlen
//go:linkname reflectlite_chanlen reflect.chanlen
//go:linkname reflectlite_chanlen reflect.chancap
func reflectlite_chanlen(c unsafe.Pointer) int {
	if c != nil {
		throw("wago: channels are not supported yet")
	}
	return 0
}

// The call-stack API reflect uses (Callers, CallersFrames) is in
// extern.go.

// What reflect adds to reflectlite's hooks (which serve reflect too:
// their functions carry both link names).

// reflect_resolveTextOff: a TextOff is a function's table index.
//
//go:linkname reflect_resolveTextOff reflect.resolveTextOff
func reflect_resolveTextOff(rtype unsafe.Pointer, off int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(off))
}

// reflect_addReflectOff: offsets are absolute addresses, so a pointer is
// its own offset.
//
//go:linkname reflect_addReflectOff reflect.addReflectOff
func reflect_addReflectOff(ptr unsafe.Pointer) int32 {
	return int32(uintptr(ptr))
}

//go:linkname reflect_unsafe_NewArray reflect.unsafe_NewArray
func reflect_unsafe_NewArray(t *_type, n int) unsafe.Pointer {
	return mallocgc(int32(t.size)*int32(n), t.gcdata)
}

// reflect_compiledTypelinks: wago records no type links yet, so reflect
// finds no existing type by its string (SliceOf and friends build new
// descriptors).
//
//go:linkname reflect_compiledTypelinks reflect.compiledTypelinks
func reflect_compiledTypelinks() ([]*_type, [][]*_type) {
	return nil, nil
}

//go:linkname reflect_adjustAIXGCDataForRuntime reflect.adjustAIXGCDataForRuntime
func reflect_adjustAIXGCDataForRuntime(p *byte) *byte {
	return p
}

// staticuint64s[i] == i: what reflect and convT box small integers with.
var staticuint64s [256]uint64

//go:linkname reflect_getStaticuint64s reflect.getStaticuint64s
func reflect_getStaticuint64s() *[256]uint64 {
	if staticuint64s[1] == 0 {
		for i := range staticuint64s {
			staticuint64s[i] = uint64(i)
		}
	}
	return &staticuint64s
}

// reflect_methodValueCall is the assembly stub behind reflect's method
// values; wago cannot call through reflect yet.
//
//go:linkname reflect_methodValueCall reflect.methodValueCall
func reflect_methodValueCall() {
	throw("wago: reflect method values are not supported yet")
}

// abi_FuncPCABI0 is the table index of the function f (a func value)
// calls: the first word of its closure object.
//
//go:linkname abi_FuncPCABI0 internal/abi.FuncPCABI0
func abi_FuncPCABI0(f any) uintptr {
	e := (*eface)(unsafe.Pointer(&f))
	if e.data == nil {
		return 0
	}
	return uintptr(*(*uint32)(e.data))
}

//go:linkname abi_FuncPCABIInternal internal/abi.FuncPCABIInternal
func abi_FuncPCABIInternal(f any) uintptr {
	return abi_FuncPCABI0(f)
}

// reflect_verifyNotInHeapPtr: wago has no not-in-heap types.
//
//go:linkname reflect_verifyNotInHeapPtr reflect.verifyNotInHeapPtr
func reflect_verifyNotInHeapPtr(p uintptr) bool {
	return true
}

// internal/runtime/maps (gc's map implementation, which reflect's map
// iteration calls into) asks for these (its fatal is sync.go's
// linkedThrow).

// Only reflect's map iteration reaches gc's map code in wago (wago's own
// maps are runtime/map.go), and its iterator asks for a random start
// first: stop there, before it reads wago's maps as gc's.
//
//go:linkname maps_rand internal/runtime/maps.rand
func maps_rand() uint64 {
	throw("wago: iterating a map through reflect (fmt's printing of maps, reflect.MapRange, MapKeys) is not supported yet")
	return rand64()
}

// sys_GetCallerPC: no caller is known (see Caller).
//
//go:linkname sys_GetCallerPC internal/runtime/sys.GetCallerPC
func sys_GetCallerPC() uintptr {
	return 0
}

// sliceHeader is a slice as wago keeps it (and as reflect's
// unsafeheader.Slice is laid out for wago): data, then 32-bit length and
// capacity.
type sliceHeader struct {
	data unsafe.Pointer
	len  int32
	cap  int32
}

// reflect_growslice makes room for num more elements than old's length
// (the caller saw they do not fit), keeping old's length; the new
// elements are zero.
//
//go:linkname reflect_growslice reflect.growslice
func reflect_growslice(t *_type, old sliceHeader, num int) sliceHeader {
	newCap := nextslicecap(old.len+int32(num), old.cap)
	size := int32(t.size)
	p := mallocgc(newCap*size, t.gcdata)
	memmove(p, old.data, old.len*size)
	return sliceHeader{p, old.len, newCap}
}

//go:linkname reflect_typedmemclr reflect.typedmemclr
func reflect_typedmemclr(t *_type, ptr unsafe.Pointer) {
	memfill(ptr, 0, int32(t.size))
}

