// Package os is wago's overlay of upstream os: upstream's package is tied
// to gc's runtime and to most of the standard library, so until wago
// compiles those (milestone 4) programs get this subset, with upstream's
// exact signatures: Args, Exit, Getenv, LookupEnv and Environ, read from
// WASI preview 1, and the standard streams as Files (file.go). Only the WASI functions a program reaches are imported.
package os

import "unsafe"

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func args_sizes_get(argc unsafe.Pointer, bufLen unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_get
func args_get(argv unsafe.Pointer, buf unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func environ_sizes_get(count unsafe.Pointer, bufLen unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_get
func environ_get(environ unsafe.Pointer, buf unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func proc_exit(code int32)

// wasiStrings reads a WASI string list: ptrs, which args_get or
// environ_get filled with pointers into buf, where each string ends with
// a NUL byte.
func wasiStrings(ptrs []uint32, buf []byte) []string {
	if len(buf) == 0 {
		return []string{}
	}
	base := uint32(uintptr(unsafe.Pointer(&buf[0])))
	out := make([]string, len(ptrs))
	for i, p := range ptrs {
		start := p - base
		end := start
		for end < uint32(len(buf)) && buf[end] != 0 {
			end++
		}
		out[i] = string(buf[start:end])
	}
	return out
}
