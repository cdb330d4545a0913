package runtime

// Range-over-func loops check how the iterator calls the loop body, as
// gc's do; the lowering (crates/wago-lower/src/rangefunc.rs) calls
// panicrangestate with the loop's state when the iterator misbehaves.

// The states of a range-over-func loop (gc's abi.RF_State).
const (
	rangeDone         = 0 // the body returned false
	rangeReady        = 1 // the body may run
	rangePanic        = 2 // the body is running, or panicked
	rangeExhausted    = 3 // the iterator function returned
	rangeMissingPanic = 4 // the iterator recovered the body's panic
)

func panicrangestate(state int32) {
	switch state {
	case rangeDone:
		runtimeError("range function continued iteration after function for loop body returned false")
	case rangePanic:
		runtimeError("range function continued iteration after loop body panic")
	case rangeExhausted:
		runtimeError("range function continued iteration after whole loop exit")
	case rangeMissingPanic:
		runtimeError("range function recovered a loop body panic and did not resume panicking")
	}
}
