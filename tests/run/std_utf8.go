package main

import "unicode/utf8"

// unicode/utf8 compiled from GOROOT: encoding, decoding and counting.
func main() {
	s := "héllo, 世界 🌍"
	println(utf8.RuneCountInString(s), len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		println(i, r, n, utf8.RuneLen(r))
		i += n
	}
	r, n := utf8.DecodeLastRuneInString(s)
	println("last", r, n)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'a', 'é', '世', '🌍', 0x10FFFF, -1, 0xD800} {
		buf = utf8.AppendRune(buf[:0], r)
		println(r, len(buf), utf8.ValidRune(r), utf8.FullRune(buf))
	}
	p := make([]byte, 4)
	n = utf8.EncodeRune(p, '€')
	println(n, p[0], p[1], p[2])
	r, n = utf8.DecodeRune([]byte{0xff, 0x41})
	println(r == utf8.RuneError, n)
	println(utf8.RuneCount([]byte("naïve")), utf8.RuneStart(s[2]), utf8.RuneStart(s[1]))
}
