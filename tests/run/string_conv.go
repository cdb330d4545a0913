package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append(b, byte('0'+n%10))
		n /= 10
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	println(reverse("Hello, 世界!"))
	println(itoa(-12345) + "/" + itoa(0) + "/" + itoa(987))
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		println(i, r)
	}
	println(string(rune(-1)) == "\uFFFD", len(string(rune(0x10FFFF))))
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	println(s, string(b))
	var total int
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	println(total)
	println(len([]rune("héllo")), []byte("é")[1])
}
