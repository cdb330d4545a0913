package runtime

import "unsafe"

// The printing behind the print and println builtins, byte for byte as
// gc's runtime prints: to standard error, a piece at a time.

func printstring(s string) {
	writeString(2, s)
}

func printsp() {
	writeString(2, " ")
}

func printnl() {
	writeString(2, "\n")
}

func printbool(v bool) {
	if v {
		writeString(2, "true")
	} else {
		writeString(2, "false")
	}
}

func printuint(v uint64) {
	var buf [20]byte
	i := len(buf)
	for v >= 10 {
		i--
		buf[i] = byte(v%10 + '0')
		v /= 10
	}
	i--
	buf[i] = byte(v + '0')
	write(2, unsafe.Pointer(&buf[i]), int32(len(buf)-i))
}

func printint(v int64) {
	if v < 0 {
		writeString(2, "-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	var buf [18]byte
	i := len(buf)
	for v >= 16 {
		i--
		buf[i] = digits[v%16]
		v /= 16
	}
	i--
	buf[i] = digits[v]
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	write(2, unsafe.Pointer(&buf[i]), int32(len(buf)-i))
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

func printslice(p unsafe.Pointer, n, c int32) {
	writeString(2, "[")
	printint(int64(n))
	writeString(2, "/")
	printint(int64(c))
	writeString(2, "]")
	printpointer(p)
}

func printeface(t, data unsafe.Pointer) {
	writeString(2, "(")
	printpointer(t)
	writeString(2, ",")
	printpointer(data)
	writeString(2, ")")
}
