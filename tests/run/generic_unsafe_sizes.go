package main

// unsafe.Sizeof, Alignof and Offsetof of values whose types depend on a
// type parameter: not constants, answered per instance.

import "unsafe"

type S[T any] struct {
	a byte
	b T
	c int16
}

func Size[T any]() uintptr {
	var x T
	return unsafe.Sizeof(x)
}

func Info[T any](s S[T]) (uintptr, uintptr, uintptr, uintptr) {
	return unsafe.Sizeof(s), unsafe.Alignof(s.b), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c)
}

func main() {
	println(Size[int8](), Size[int64](), Size[[3]int16](), Size[struct{}](), Size[complex64]())
	println(Info(S[int32]{}))
	println(Info(S[complex128]{}))
	println(Info(S[[5]byte]{}))
	println(Info(S[bool]{}))
}
