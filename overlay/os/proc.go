package os

import "unsafe"

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	var argc, bufLen uint32
	if args_sizes_get(unsafe.Pointer(&argc), unsafe.Pointer(&bufLen)) != 0 || argc == 0 {
		return
	}
	ptrs := make([]uint32, argc)
	buf := make([]byte, bufLen)
	if args_get(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0])) == 0 {
		Args = wasiStrings(ptrs, buf)
	}
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
//
// For portability, the status code should be in the range [0, 125].
func Exit(code int) {
	proc_exit(int32(code))
}
