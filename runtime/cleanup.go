// Finalizers and cleanups. Go promises neither runs before the program
// exits, nor at any particular time; wago's collector does not run them
// at all (it frees unreachable objects without calling anything), so
// registering one only records nothing. Programs that need resources
// released close them explicitly, as Go advises anyway.

package runtime

import "unsafe"

// SetFinalizer sets the finalizer associated with obj. wago never runs
// finalizers (see above).
func SetFinalizer(obj any, finalizer any) {}

// Cleanup is a handle to a cleanup call for a specific object.
type Cleanup struct {
	id uint64
}

// AddCleanup attaches a cleanup function to ptr. wago never runs
// cleanups (see above).
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	return Cleanup{}
}

// Stop cancels the cleanup call.
func (c Cleanup) Stop() {}

// Weak pointers (package weak, and unique through it): the collector has
// no weak references, so a weak pointer's handle holds its object
// strongly. Value then never reports the object gone; Go allows the object
// to outlive its last strong reference, and wago's weak pointers make it
// live as long as the handle.
//
//go:linkname weak_runtime_registerWeakPointer weak.runtime_registerWeakPointer
func weak_runtime_registerWeakPointer(p unsafe.Pointer) unsafe.Pointer {
	handle := new(unsafe.Pointer)
	*handle = p
	return unsafe.Pointer(handle)
}

//go:linkname weak_runtime_makeStrongFromWeak weak.runtime_makeStrongFromWeak
func weak_runtime_makeStrongFromWeak(u unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(u)
}
