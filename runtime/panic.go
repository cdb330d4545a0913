package runtime

import "unsafe"

// Panics unwind explicitly: gopanic records the panic and returns; every
// caller checks `panicking` after a call that may panic and, if set, runs
// its deferred calls and returns at once. When the panic reaches the entry
// point, fatalPanic prints it as gc does and exits with status 2.

var panicking bool

// The message gc prints after "panic: ".
var panicMsg string

func gopanic(msg string) {
	panicking = true
	panicMsg = msg
}

// fatalPanic reports the panic that unwound the whole program.
func fatalPanic() {
	writeString(2, "panic: ")
	writeString(2, panicMsg)
	writeString(2, "\n\ngoroutine 1 [running]:\n")
	exit(2)
}

func panicString(s string) {
	gopanic(s)
}

func panicInt(v int64) {
	gopanic(itoa(v))
}

func runtimeError(msg string) {
	gopanic("runtime error: " + msg)
}

// itoa formats v in decimal.
func itoa(v int64) string {
	var buf [20]byte
	i := len(buf)
	u := uint64(v)
	if v < 0 {
		u = uint64(-v)
	}
	for u >= 10 {
		i--
		buf[i] = byte(u%10 + '0')
		u /= 10
	}
	i--
	buf[i] = byte(u + '0')
	if v < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// rundefers calls the deferred calls of a function, most recent first: a
// list of closure objects linked through the word after their code. A
// panic in progress is set aside while they run, so they run normally; a
// deferred call that panics replaces it (gc would print both), and the
// remaining ones still run.
func rundefers(head unsafe.Pointer) {
	was := panicking
	panicking = false
	for head != nil {
		next := *(*unsafe.Pointer)(unsafe.Add(head, 4))
		calldeferred(head)
		if panicking {
			was = true
			panicking = false
		}
		head = next
	}
	panicking = was
}

// calldeferred calls a deferred call's thunk: an intrinsic, so that the
// call itself does not unwind rundefers.
func calldeferred(thunk unsafe.Pointer)

// Bounds failures, by code: the formats of gc's boundsError, as
// "before x middle y after" pieces; a negative x has its own shorter form.
const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
)

func panicBounds(code int32, x, y int64) {
	msg := "slice bounds out of range ["
	if code == boundsIndex {
		msg = "index out of range ["
	}
	switch code {
	case boundsSliceAlen, boundsSliceAcap, boundsSlice3B:
		msg += ":"
	case boundsSlice3Alen, boundsSlice3Acap:
		msg += "::"
	}
	msg += itoa(x)
	if x < 0 {
		switch code {
		case boundsSliceB, boundsSlice3B:
			msg += ":"
		case boundsSlice3C:
			msg += "::"
		}
		runtimeError(msg + "]")
		return
	}
	switch code {
	case boundsIndex, boundsSliceAlen, boundsSlice3Alen:
		msg += "] with length "
	case boundsSliceAcap, boundsSlice3Acap:
		msg += "] with capacity "
	default:
		msg += ":"
	}
	msg += itoa(y)
	switch code {
	case boundsSliceB, boundsSlice3B:
		msg += "]"
	case boundsSlice3C:
		msg += ":]"
	}
	runtimeError(msg)
}

// panicSliceConvert reports a conversion of a slice of length x to an
// array (or pointer to an array) of the longer length y.
func panicSliceConvert(x, y int64) {
	runtimeError("cannot convert slice with length " + itoa(x) + " to array or pointer to array with length " + itoa(y))
}

func panicDivide() {
	runtimeError("integer divide by zero")
}

func panicShift() {
	runtimeError("negative shift amount")
}

func panicNil() {
	runtimeError("invalid memory address or nil pointer dereference")
}
