package runtime

import "unsafe"

// Strings: concatenation, comparison, conversions and rune decoding.

func bytesAt(p unsafe.Pointer, i int32) byte {
	return *(*byte)(unsafe.Add(p, i))
}

// memmove copies n bytes from src to dst (which may overlap): an
// intrinsic, WebAssembly's memory.copy.
func memmove(dst, src unsafe.Pointer, n int32)

func concatstring2(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := int32(len(a) + len(b))
	p := mallocgc(n, nil)
	memmove(p, unsafe.Pointer(unsafe.StringData(a)), int32(len(a)))
	memmove(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), int32(len(b)))
	return unsafe.String((*byte)(p), n)
}

// cmpstring returns -1, 0 or +1 as a is less than, equal to or greater than b.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func slicebytetostring(p unsafe.Pointer, n int32) string {
	if n == 0 {
		return ""
	}
	q := mallocgc(n, nil)
	memmove(q, p, n)
	return unsafe.String((*byte)(q), n)
}

func stringtoslicebyte(s string) []byte {
	n := int32(len(s))
	p := mallocgc(n, nil)
	memmove(p, unsafe.Pointer(unsafe.StringData(s)), n)
	return unsafe.Slice((*byte)(p), n)
}

const runeError = 0xFFFD

// decoderune decodes the UTF-8 sequence at p[i:n]; it returns the rune
// and the index after it (an invalid byte decodes as U+FFFD, width 1).
func decoderune(p unsafe.Pointer, n, i int32) (rune, int32) {
	b0 := bytesAt(p, i)
	if b0 < 0x80 {
		return rune(b0), i + 1
	}
	return decodeMulti(p, n, i, b0)
}

func contByte(p unsafe.Pointer, n, at int32, lo, hi byte) (rune, bool) {
	if at >= n {
		return 0, false
	}
	b := bytesAt(p, at)
	if b < lo || b > hi {
		return 0, false
	}
	return rune(b & 0x3F), true
}

func decodeMulti(p unsafe.Pointer, n, i int32, b0 byte) (rune, int32) {
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		c1, ok := contByte(p, n, i+1, 0x80, 0xBF)
		if ok {
			return rune(b0&0x1F)<<6 | c1, i + 2
		}
	case b0 >= 0xE0 && b0 <= 0xEF:
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
		c1, ok1 := contByte(p, n, i+1, lo, hi)
		if ok1 {
			c2, ok2 := contByte(p, n, i+2, 0x80, 0xBF)
			if ok2 {
				return rune(b0&0x0F)<<12 | c1<<6 | c2, i + 3
			}
		}
	case b0 >= 0xF0 && b0 <= 0xF4:
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
		c1, ok1 := contByte(p, n, i+1, lo, hi)
		if ok1 {
			c2, ok2 := contByte(p, n, i+2, 0x80, 0xBF)
			if ok2 {
				c3, ok3 := contByte(p, n, i+3, 0x80, 0xBF)
				if ok3 {
					return rune(b0&0x07)<<18 | c1<<12 | c2<<6 | c3, i + 4
				}
			}
		}
	}
	return runeError, i + 1
}

// encoderune writes r's UTF-8 encoding at p (room for 4 bytes); returns
// the number of bytes.
func encoderune(p unsafe.Pointer, r rune) int32 {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = runeError
	}
	switch {
	case r < 0x80:
		*(*byte)(p) = byte(r)
		return 1
	case r < 0x800:
		*(*byte)(p) = byte(0xC0 | r>>6)
		*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		*(*byte)(p) = byte(0xE0 | r>>12)
		*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | (r>>6)&0x3F)
		*(*byte)(unsafe.Add(p, 2)) = byte(0x80 | r&0x3F)
		return 3
	}
	*(*byte)(p) = byte(0xF0 | r>>18)
	*(*byte)(unsafe.Add(p, 1)) = byte(0x80 | (r>>12)&0x3F)
	*(*byte)(unsafe.Add(p, 2)) = byte(0x80 | (r>>6)&0x3F)
	*(*byte)(unsafe.Add(p, 3)) = byte(0x80 | r&0x3F)
	return 4
}

func intstring(v int64) string {
	r := rune(v)
	if int64(r) != v {
		r = runeError
	}
	p := mallocgc(4, nil)
	n := encoderune(p, r)
	return unsafe.String((*byte)(p), n)
}

func slicerunetostring(p unsafe.Pointer, n int32) string {
	size := int32(0)
	for i := int32(0); i < n; i++ {
		var tmp [4]byte
		size += encoderune(unsafe.Pointer(&tmp), *(*rune)(unsafe.Add(p, 4*i)))
	}
	q := mallocgc(size, nil)
	at := int32(0)
	for i := int32(0); i < n; i++ {
		at += encoderune(unsafe.Add(q, at), *(*rune)(unsafe.Add(p, 4*i)))
	}
	return unsafe.String((*byte)(q), size)
}

func stringtoslicerune(s string) []rune {
	p := unsafe.Pointer(unsafe.StringData(s))
	n := int32(len(s))
	count := int32(0)
	for i := int32(0); i < n; {
		_, i = decoderune(p, n, i)
		count++
	}
	q := mallocgc(4 * count, nil)
	k := int32(0)
	for i := int32(0); i < n; {
		var r rune
		r, i = decoderune(p, n, i)
		*(*rune)(unsafe.Add(q, 4*k)) = r
		k++
	}
	return unsafe.Slice((*rune)(q), count)
}
