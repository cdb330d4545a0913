package runtime

import "unsafe"

// Panics unwind explicitly: gopanic records the panic and returns; every
// caller checks `panicking` after a call that may panic and, if set, runs
// its deferred calls and returns at once. When the panic reaches the entry
// point, fatalPanic prints it as gc does and exits with status 2.

var panicking bool

// A panic under way. A panic raised while deferred calls run for another
// links to it; gc prints the whole chain.
type _panic struct {
	arg        any
	link       *_panic
	recovered  bool
	repanicked bool // recovered, then panicked with again: printed once
	goexit     bool // runtime.Goexit: runs defers like a panic, cannot be recovered
}

var curPanic *_panic

// recoverToken is raised by rundefers right before it calls a deferred
// call for a panic; the lowering makes sure only the deferred function
// itself can see it raised (see crates/wago-lower/src/unwind.rs).
var recoverToken bool

func gopanic(v any) {
	if v == nil {
		v = new(PanicNilError)
	}
	curPanic = &_panic{arg: v, link: curPanic}
	panicking = true
}

// Goexit runs all deferred calls and then ends the goroutine. The only
// goroutine is main's, so the program then dies as gc's does.
func Goexit() {
	curPanic = &_panic{link: curPanic, goexit: true}
	panicking = true
}

// gorecover is recover(): can says the caller is a deferred function run
// by a panic.
func gorecover(can bool) any {
	p := curPanic
	if !can || p == nil || p.recovered || p.goexit {
		return nil
	}
	p.recovered = true
	return p.arg
}

// fatalPanic reports the panic that unwound the whole program.
func fatalPanic() {
	// Printing calls methods (Error, String): they must not see the flag.
	panicking = false
	if curPanic.goexit {
		writeString(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		exit(2)
	}
	markRepanics(curPanic)
	printpanics(curPanic)
	writeString(2, "\ngoroutine 1 [running]:\n")
	exit(2)
}

func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if p.link.repanicked {
			return
		}
		if !p.link.goexit {
			writeString(2, "\t")
		}
	}
	if p.goexit {
		return
	}
	writeString(2, "panic: ")
	printpanicval(p.arg)
	if p.recovered && p.repanicked {
		writeString(2, " [recovered, repanicked]")
	} else if p.recovered {
		writeString(2, " [recovered]")
	}
	writeString(2, "\n")
}

// markRepanics marks each panic whose value the next one panicked with
// again (the same two words), as gc does before printing.
func markRepanics(p *_panic) {
	for ; p != nil; p = p.link {
		if p.link != nil && *(*eface)(unsafe.Pointer(&p.link.arg)) == *(*eface)(unsafe.Pointer(&p.arg)) {
			p.link.repanicked = true
		}
	}
}

type stringer interface {
	String() string
}

// printpanicval prints a panic's value as gc does: an error's Error(), a
// Stringer's String(), values of predeclared types as print does, others
// with their type's name.
func printpanicval(v any) {
	switch x := v.(type) {
	case error:
		writeString(2, x.Error())
	case stringer:
		writeString(2, x.String())
	case nil:
		writeString(2, "nil")
	case bool:
		printbool(x)
	case int:
		printint(int64(x))
	case int8:
		printint(int64(x))
	case int16:
		printint(int64(x))
	case int32:
		printint(int64(x))
	case int64:
		printint(x)
	case uint:
		printuint(uint64(x))
	case uint8:
		printuint(uint64(x))
	case uint16:
		printuint(uint64(x))
	case uint32:
		printuint(uint64(x))
	case uint64:
		printuint(x)
	case uintptr:
		printuint(uint64(x))
	case float32:
		printfloat32(x)
	case float64:
		printfloat(x)
	case complex64:
		printcomplex64(real(x), imag(x))
	case complex128:
		printcomplex(real(x), imag(x))
	case string:
		writeString(2, x)
	default:
		printanycustomtype(v)
	}
}

// printanycustomtype prints a value of a defined type with a basic
// underlying type as T(v), and others as (T) address.
func printanycustomtype(v any) {
	e := (*eface)(unsafe.Pointer(&v))
	name := e.typ.string()
	switch e.typ.kind {
	case kindString:
		writeString(2, name)
		writeString(2, "(\"")
		writeString(2, *(*string)(e.data))
		writeString(2, "\")")
		return
	case kindBool, kindInt, kindInt8, kindInt16, kindInt32, kindInt64, kindUint, kindUint8, kindUint16,
		kindUint32, kindUint64, kindUintptr, kindFloat32, kindFloat64, kindComplex64, kindComplex128:
		writeString(2, name)
		writeString(2, "(")
		printbasic(e.typ.kind, e.data)
		writeString(2, ")")
		return
	}
	writeString(2, "(")
	writeString(2, name)
	writeString(2, ") ")
	printpointer(e.data)
}

// printbasic prints the value of a basic kind at p.
func printbasic(kind uint8, p unsafe.Pointer) {
	switch kind {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt, kindInt64:
		printint(*(*int64)(p))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindUint, kindUint64:
		printuint(*(*uint64)(p))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32, kindUintptr:
		printuint(uint64(*(*uint32)(p)))
	case kindFloat32:
		printfloat32(*(*float32)(p))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindComplex64:
		c := *(*complex64)(p)
		printcomplex64(real(c), imag(c))
	case kindComplex128:
		c := *(*complex128)(p)
		printcomplex(real(c), imag(c))
	}
}

// A run-time error: its message follows "runtime error: ".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// PanicNilError is what panic(nil) panics with.
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) Error() string {
	return "runtime error: panic called with nil argument"
}

func (*PanicNilError) RuntimeError() {}

func runtimeError(msg string) {
	gopanic(errorString(msg))
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
// deferred call that panics starts a new panic linked to it, and the
// remaining ones still run. One that recovers ends the panic: the
// function then returns normally.
func rundefers(head unsafe.Pointer) {
	was := panicking
	panicking = false
	for head != nil {
		next := *(*unsafe.Pointer)(unsafe.Add(head, 4))
		recoverToken = was
		calldeferred(head)
		recoverToken = false
		if panicking {
			was = true
			panicking = false
		} else if was && curPanic.recovered {
			// Recovered: the panic, and any it interrupted, are over.
			was = false
			curPanic = nil
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

// A run-time error printed without the "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// The errors math/bits panics with (reached by its //go:linkname).
var overflowError = error(errorString("integer overflow"))
var divideError = error(errorString("integer divide by zero"))
