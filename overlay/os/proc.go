package os

import "unsafe"

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	var argc, bufLen uint32
	if args_sizes_get(unsafe.Pointer(&argc), unsafe.Pointer(&bufLen)) != 0 {
		return
	}
	Args = wasiStrings(argc, bufLen, false)
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
//
// For portability, the status code should be in the range [0, 125].
func Exit(code int) {
	proc_exit(int32(code))
}
