// Methods promoted from an embedded interface field: calls and method
// values through the field's interface value (math/big's byteReader).
package main

import "strings"

type Reader interface{ ReadByte() (byte, error) }

type wrap struct {
	Reader
	n int
}

type deeper struct {
	*wrap
}

func main() {
	w := wrap{strings.NewReader("xyz"), 0}
	b, err := w.ReadByte()
	println(string(b), err == nil)
	d := deeper{&w}
	b, _ = d.ReadByte()
	println(string(b))
	var r Reader = w
	b, _ = r.ReadByte()
	println(string(b))
	f := w.ReadByte
	_, err = f()
	println(err != nil)
}
