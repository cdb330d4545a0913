// Zero-size fields and gc's layout rule: a final zero-size field takes a
// byte only when something comes before it (structs.HostLayout, itself
// `struct{ _ hostLayout }`, stays empty, as WASI structs rely on).
package main

import (
	"structs"
	"unsafe"
)

type empty struct{}

type onlyEmpty struct{ _ empty }

type host struct {
	_ structs.HostLayout
	n uint32
}

type trailing struct {
	a int32
	_ empty
}

type nested struct {
	_   structs.HostLayout
	tag uint8
	in  host
}

type arr struct {
	b [0]int64
	c uint16
}

func main() {
	println(unsafe.Sizeof(empty{}), unsafe.Sizeof(onlyEmpty{}), unsafe.Sizeof(structs.HostLayout{}))
	println(unsafe.Sizeof(host{}), unsafe.Offsetof(host{}.n))
	println(unsafe.Sizeof(trailing{}), unsafe.Sizeof(nested{}), unsafe.Offsetof(nested{}.in))
	println(unsafe.Sizeof(arr{}), unsafe.Alignof(arr{}), unsafe.Offsetof(arr{}.c))
	var v nested
	raw := (*[8]byte)(unsafe.Pointer(&v))
	raw[0] = 7
	raw[4] = 5
	println(v.tag, v.in.n)
	xs := []host{{n: 1}, {n: 2}, {n: 3}}
	println(xs[2].n, uintptr(unsafe.Pointer(&xs[1]))-uintptr(unsafe.Pointer(&xs[0])))
}
