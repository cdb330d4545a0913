package runtime

// Panics. Until defer and recover arrive, a panic prints gc's message
// and ends the program with exit status 2, as an unrecovered panic does.

func fatalPanic() {
	writeString(2, "\n\ngoroutine 1 [running]:\n")
	exit(2)
}

func panicString(s string) {
	writeString(2, "panic: ")
	writeString(2, s)
	fatalPanic()
}

func panicInt(v int64) {
	writeString(2, "panic: ")
	printint(v)
	fatalPanic()
}

func runtimeError(msg string) {
	writeString(2, "panic: runtime error: ")
	writeString(2, msg)
	fatalPanic()
}

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
	writeString(2, "panic: runtime error: ")
	if code == boundsIndex {
		writeString(2, "index out of range [")
	} else {
		writeString(2, "slice bounds out of range [")
	}
	switch code {
	case boundsSliceAlen, boundsSliceAcap, boundsSlice3B:
		writeString(2, ":")
	case boundsSlice3Alen, boundsSlice3Acap:
		writeString(2, "::")
	}
	printint(x)
	if x < 0 {
		switch code {
		case boundsSliceB, boundsSlice3B:
			writeString(2, ":")
		case boundsSlice3C:
			writeString(2, "::")
		}
		writeString(2, "]")
		fatalPanic()
	}
	switch code {
	case boundsIndex, boundsSliceAlen, boundsSlice3Alen:
		writeString(2, "] with length ")
	case boundsSliceAcap, boundsSlice3Acap:
		writeString(2, "] with capacity ")
	default:
		writeString(2, ":")
	}
	printint(y)
	switch code {
	case boundsSliceB, boundsSlice3B:
		writeString(2, "]")
	case boundsSlice3C:
		writeString(2, ":]")
	}
	fatalPanic()
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
