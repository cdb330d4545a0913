// What package sync and internal/sync ask of the runtime: semaphores,
// notification lists, spinning advice, the clock, random numbers (hash.go's
// generator) and fatal errors. gc's runtime provides these through //go:linkname; so does
// this one (crates/wago-lower binds each to the body-less declaration its
// link name names).
//
// A program has one goroutine, so nothing can release a semaphore that is
// not available or notify a waiter: such waits are the deadlock gc reports
// when every goroutine is asleep.

package runtime

import "unsafe"

// deadlock ends a program whose only goroutine waits forever.
func deadlock(state string) {
	writeString(2, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [")
	writeString(2, state)
	writeString(2, "]:\n")
	exit(2)
}

// throw is gc's fatal error: no recovery, exit status 2.
func throw(s string) {
	writeString(2, "fatal error: ")
	writeString(2, s)
	writeString(2, "\n\ngoroutine 1 [running]:\n")
	exit(2)
}

// semacquire takes one unit of the semaphore at addr.
func semacquire(addr *uint32, state string) {
	if *addr == 0 {
		deadlock(state)
	}
	*addr--
}

//go:linkname sync_runtime_Semacquire sync.runtime_Semacquire
func sync_runtime_Semacquire(addr *uint32) {
	semacquire(addr, "semacquire")
}

//go:linkname sync_runtime_SemacquireWaitGroup sync.runtime_SemacquireWaitGroup
func sync_runtime_SemacquireWaitGroup(addr *uint32, synctestDurable bool) {
	semacquire(addr, "sync.WaitGroup.Wait")
}

//go:linkname sync_runtime_SemacquireRWMutexR sync.runtime_SemacquireRWMutexR
func sync_runtime_SemacquireRWMutexR(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.RWMutex.RLock")
}

//go:linkname sync_runtime_SemacquireRWMutex sync.runtime_SemacquireRWMutex
func sync_runtime_SemacquireRWMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.RWMutex.Lock")
}

//go:linkname semrelease sync.runtime_Semrelease
//go:linkname semrelease internal/sync.runtime_Semrelease
func semrelease(addr *uint32, handoff bool, skipframes int) {
	*addr++
}

//go:linkname internal_sync_runtime_SemacquireMutex internal/sync.runtime_SemacquireMutex
func internal_sync_runtime_SemacquireMutex(addr *uint32, lifo bool, skipframes int) {
	semacquire(addr, "sync.Mutex.Lock")
}

// Spinning helps only when another thread may release the lock soon.
//
//go:linkname internal_sync_runtime_canSpin internal/sync.runtime_canSpin
func internal_sync_runtime_canSpin(i int) bool {
	return false
}

//go:linkname internal_sync_runtime_doSpin internal/sync.runtime_doSpin
func internal_sync_runtime_doSpin() {}

// linkedThrow is the fatal error of the packages that ask the runtime
// for one.
//
//go:linkname linkedThrow internal/sync.throw
//go:linkname linkedThrow internal/sync.fatal
//go:linkname linkedThrow sync.throw
//go:linkname linkedThrow sync.fatal
//go:linkname linkedThrow crypto/internal/fips140.fatal
//go:linkname linkedThrow internal/runtime/maps.fatal
func linkedThrow(s string) {
	throw(s)
}

// notifyList is sync.notifyList's layout (sync.Cond's waiters): tickets
// handed out and tickets notified so far.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

//go:linkname sync_runtime_notifyListAdd sync.runtime_notifyListAdd
func sync_runtime_notifyListAdd(l *notifyList) uint32 {
	t := l.wait
	l.wait++
	return t
}

//go:linkname sync_runtime_notifyListWait sync.runtime_notifyListWait
func sync_runtime_notifyListWait(l *notifyList, t uint32) {
	if t < l.notify {
		return // notified since the ticket was taken
	}
	deadlock("sync.Cond.Wait")
}

//go:linkname sync_runtime_notifyListNotifyAll sync.runtime_notifyListNotifyAll
func sync_runtime_notifyListNotifyAll(l *notifyList) {
	l.notify = l.wait
}

//go:linkname sync_runtime_notifyListNotifyOne sync.runtime_notifyListNotifyOne
func sync_runtime_notifyListNotifyOne(l *notifyList) {
	if l.notify != l.wait {
		l.notify++
	}
}

//go:linkname sync_runtime_notifyListCheck sync.runtime_notifyListCheck
func sync_runtime_notifyListCheck(size uintptr) {
	if size != unsafe.Sizeof(notifyList{}) {
		throw("bad notifyList size - sync=" + itoa(int64(size)) + " runtime=" + itoa(int64(unsafe.Sizeof(notifyList{}))))
	}
}

// A Pool may drop its items at any collection; this runtime keeps them
// (the collector does not run cleanups), which Pool's contract allows.
//
//go:linkname sync_runtime_registerPoolCleanup sync.runtime_registerPoolCleanup
func sync_runtime_registerPoolCleanup(cleanup func()) {}

// procPin pins the goroutine to its P and returns the P's id: there is
// one P.
//
//go:linkname sync_runtime_procPin sync.runtime_procPin
//go:linkname sync_runtime_procPin sync/atomic.runtime_procPin
func sync_runtime_procPin() int {
	return 0
}

//go:linkname sync_runtime_procUnpin sync.runtime_procUnpin
//go:linkname sync_runtime_procUnpin sync/atomic.runtime_procUnpin
func sync_runtime_procUnpin() {}

//go:linkname sync_runtime_randn sync.runtime_randn
func sync_runtime_randn(n uint32) uint32 {
	return uint32((uint64(uint32(rand64())) * uint64(n)) >> 32)
}

// testing/synctest's bubbles need goroutines (synctest.Run is not
// provided); without them no goroutine is in a bubble and no object is
// associated with one.
//
//go:linkname synctest_isInBubble internal/synctest.IsInBubble
func synctest_isInBubble() bool {
	return false
}

//go:linkname synctest_associate internal/synctest.associate
func synctest_associate(p unsafe.Pointer) int {
	const unbubbled = 0
	return unbubbled
}

//go:linkname synctest_disassociate internal/synctest.disassociate
func synctest_disassociate(p unsafe.Pointer) {}

//go:linkname synctest_isAssociated internal/synctest.isAssociated
func synctest_isAssociated(p unsafe.Pointer) bool {
	return false
}

// The FIPS 140 service indicator is per goroutine in gc; here there is
// one goroutine.
var fipsIndicator uint8

//go:linkname fips_getIndicator crypto/internal/fips140.getIndicator
func fips_getIndicator() uint8 {
	return fipsIndicator
}

//go:linkname fips_setIndicator crypto/internal/fips140.setIndicator
func fips_setIndicator(indicator uint8) {
	fipsIndicator = indicator
}

// crypto/fips140.WithoutEnforcement's bypass: per goroutine in gc.
var fipsBypass bool

//go:linkname fips140_setBypass crypto/fips140.setBypass
func fips140_setBypass() {
	fipsBypass = true
}

//go:linkname fips140_unsetBypass crypto/fips140.unsetBypass
func fips140_unsetBypass() {
	fipsBypass = false
}

//go:linkname fips140_isBypassed crypto/fips140.isBypassed
func fips140_isBypassed() bool {
	return fipsBypass
}
