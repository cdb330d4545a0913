// sync/atomic's functions, which gc implements in assembly. A wasip1
// module runs on one thread, and nothing interrupts a function between
// calls, so a plain load, store or read-modify-write is already atomic.
//
// Each function provides sync/atomic's body-less declaration of the name
// its //go:linkname gives (crates/wago-lower: runtime functions provide
// other packages' body-less functions by link name, as gc's runtime does).

package runtime

import "unsafe"

//go:linkname atomicSwapInt32 sync/atomic.SwapInt32
func atomicSwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapInt32 sync/atomic.CompareAndSwapInt32
func atomicCompareAndSwapInt32(addr *int32, old, new int32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicAddInt32 sync/atomic.AddInt32
func atomicAddInt32(addr *int32, delta int32) int32 {
	*addr += delta
	return *addr
}

//go:linkname atomicAndInt32 sync/atomic.AndInt32
func atomicAndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old & mask
	return old
}

//go:linkname atomicOrInt32 sync/atomic.OrInt32
func atomicOrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr = old | mask
	return old
}

//go:linkname atomicLoadInt32 sync/atomic.LoadInt32
func atomicLoadInt32(addr *int32) int32 {
	return *addr
}

//go:linkname atomicStoreInt32 sync/atomic.StoreInt32
func atomicStoreInt32(addr *int32, val int32) {
	*addr = val
}

//go:linkname atomicSwapUint32 sync/atomic.SwapUint32
func atomicSwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapUint32 sync/atomic.CompareAndSwapUint32
func atomicCompareAndSwapUint32(addr *uint32, old, new uint32) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicAddUint32 sync/atomic.AddUint32
func atomicAddUint32(addr *uint32, delta uint32) uint32 {
	*addr += delta
	return *addr
}

//go:linkname atomicAndUint32 sync/atomic.AndUint32
func atomicAndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old & mask
	return old
}

//go:linkname atomicOrUint32 sync/atomic.OrUint32
func atomicOrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr = old | mask
	return old
}

//go:linkname atomicLoadUint32 sync/atomic.LoadUint32
func atomicLoadUint32(addr *uint32) uint32 {
	return *addr
}

//go:linkname atomicStoreUint32 sync/atomic.StoreUint32
func atomicStoreUint32(addr *uint32, val uint32) {
	*addr = val
}

//go:linkname atomicSwapInt64 sync/atomic.SwapInt64
func atomicSwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapInt64 sync/atomic.CompareAndSwapInt64
func atomicCompareAndSwapInt64(addr *int64, old, new int64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicAddInt64 sync/atomic.AddInt64
func atomicAddInt64(addr *int64, delta int64) int64 {
	*addr += delta
	return *addr
}

//go:linkname atomicAndInt64 sync/atomic.AndInt64
func atomicAndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old & mask
	return old
}

//go:linkname atomicOrInt64 sync/atomic.OrInt64
func atomicOrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr = old | mask
	return old
}

//go:linkname atomicLoadInt64 sync/atomic.LoadInt64
func atomicLoadInt64(addr *int64) int64 {
	return *addr
}

//go:linkname atomicStoreInt64 sync/atomic.StoreInt64
func atomicStoreInt64(addr *int64, val int64) {
	*addr = val
}

//go:linkname atomicSwapUint64 sync/atomic.SwapUint64
func atomicSwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapUint64 sync/atomic.CompareAndSwapUint64
func atomicCompareAndSwapUint64(addr *uint64, old, new uint64) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicAddUint64 sync/atomic.AddUint64
func atomicAddUint64(addr *uint64, delta uint64) uint64 {
	*addr += delta
	return *addr
}

//go:linkname atomicAndUint64 sync/atomic.AndUint64
func atomicAndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old & mask
	return old
}

//go:linkname atomicOrUint64 sync/atomic.OrUint64
func atomicOrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr = old | mask
	return old
}

//go:linkname atomicLoadUint64 sync/atomic.LoadUint64
func atomicLoadUint64(addr *uint64) uint64 {
	return *addr
}

//go:linkname atomicStoreUint64 sync/atomic.StoreUint64
func atomicStoreUint64(addr *uint64, val uint64) {
	*addr = val
}

//go:linkname atomicSwapUintptr sync/atomic.SwapUintptr
func atomicSwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapUintptr sync/atomic.CompareAndSwapUintptr
func atomicCompareAndSwapUintptr(addr *uintptr, old, new uintptr) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicAddUintptr sync/atomic.AddUintptr
func atomicAddUintptr(addr *uintptr, delta uintptr) uintptr {
	*addr += delta
	return *addr
}

//go:linkname atomicAndUintptr sync/atomic.AndUintptr
func atomicAndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old & mask
	return old
}

//go:linkname atomicOrUintptr sync/atomic.OrUintptr
func atomicOrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr = old | mask
	return old
}

//go:linkname atomicLoadUintptr sync/atomic.LoadUintptr
func atomicLoadUintptr(addr *uintptr) uintptr {
	return *addr
}

//go:linkname atomicStoreUintptr sync/atomic.StoreUintptr
func atomicStoreUintptr(addr *uintptr, val uintptr) {
	*addr = val
}

//go:linkname atomicSwapPointer sync/atomic.SwapPointer
func atomicSwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old = *addr
	*addr = new
	return old
}

//go:linkname atomicCompareAndSwapPointer sync/atomic.CompareAndSwapPointer
func atomicCompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) bool {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

//go:linkname atomicLoadPointer sync/atomic.LoadPointer
func atomicLoadPointer(addr *unsafe.Pointer) unsafe.Pointer {
	return *addr
}

//go:linkname atomicStorePointer sync/atomic.StorePointer
func atomicStorePointer(addr *unsafe.Pointer, val unsafe.Pointer) {
	*addr = val
}
