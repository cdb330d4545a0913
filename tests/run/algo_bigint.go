package main

// Decimal big integers as little-endian digit slices.
func add(a, b []byte) []byte {
	var out []byte
	carry := byte(0)
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	return out
}

func mulSmall(a []byte, m int) []byte {
	var out []byte
	carry := 0
	for _, d := range a {
		p := int(d)*m + carry
		out = append(out, byte(p%10))
		carry = p / 10
	}
	for carry > 0 {
		out = append(out, byte(carry%10))
		carry /= 10
	}
	return out
}

func str(a []byte) string {
	b := make([]byte, len(a))
	for i, d := range a {
		b[len(a)-1-i] = '0' + d
	}
	return string(b)
}

func main() {
	f1, f2 := []byte{0}, []byte{1}
	for i := 0; i < 300; i++ {
		f1, f2 = f2, add(f1, f2)
	}
	println(str(f1))
	fact := []byte{1}
	for i := 2; i <= 100; i++ {
		fact = mulSmall(fact, i)
	}
	s := str(fact)
	println(len(s), s[:20])
	zeros := 0
	for i := len(s) - 1; s[i] == '0'; i-- {
		zeros++
	}
	println(zeros)
}
