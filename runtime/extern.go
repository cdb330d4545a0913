// The runtime package's API for asking about the program itself: call
// stacks, function names, collection, random numbers. wago keeps no
// tables from code addresses to functions, files and lines, so stack
// questions have the answer Go gives when it cannot tell: no frames,
// ok == false (log prints "???" for the file, as it does then).

package runtime

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. wago cannot tell: ok is
// false.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	return 0, "", 0, false
}

// Callers fills pc with the return program counters of function
// invocations on the calling goroutine's stack and returns how many it
// wrote: none, as wago cannot tell.
func Callers(skip int, pc []uintptr) int {
	return 0
}

// A Frame is the information Frames returns for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice
// of PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// CallersFrames takes a slice of PC values returned by Callers and
// prepares to return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of
// PC values, and whether there are more. wago knows no frames.
func (ci *Frames) Next() (frame Frame, more bool) {
	return Frame{}, false
}

// A Func represents a Go function in the running binary.
type Func struct {
	entry uintptr
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil: wago cannot tell.
func FuncForPC(pc uintptr) *Func {
	return nil
}

// Name returns the name of the function (nil: "").
func (f *Func) Name() string {
	return ""
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc: unknown.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return "?", 0
}

// GC runs a garbage collection.
func GC() {
	gcCollect()
}

// rand is what math/rand, math/rand/v2 and unique seed from (they reach
// it with //go:linkname runtime_rand runtime.rand), and internal/sync's.
//
//go:linkname rand internal/sync.runtime_rand
func rand() uint64 {
	return rand64()
}
