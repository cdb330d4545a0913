package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func caesar(s string, k byte) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c = 'a' + (c-'a'+k)%26
		}
		out = append(out, c)
	}
	return string(out)
}

func main() {
	println(itoa(0), itoa(12345), itoa(-9876), itoa(-9223372036854775808))
	println(reverseRunes("héllo, 世界"), upper("mixed Case 123"))
	println(caesar("hello world", 13), caesar(caesar("abcxyz", 3), 23))
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, itoa(i*i)...)
		buf = append(buf, ',')
	}
	println(string(buf[:len(buf)-1]))
	s := ""
	for i := 0; i < 1000; i++ {
		s += "x"
	}
	println(len(s))
}
