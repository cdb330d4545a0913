package main

// Capacities after growth depend on gc's size classes and escape analysis,
// so only lengths, contents and cap >= len are printed.
func main() {
	var s []int
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) < len(s) {
			println("bad cap", i)
		}
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	println(len(s), sum)
	var b []byte
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
	}
	bsum := 0
	for _, v := range b {
		bsum += int(v)
	}
	println(len(b), bsum, cap(b) >= 3000)
	x := append([]int(nil), 1, 2, 3)
	println(len(x), x[2])
	y := append(x, x...)
	println(len(y), y[5])
	y = append(y[:2], y[4:]...)
	println(len(y), y[0], y[1], y[2], y[3])
	z := append([]byte("hi "), "there"...)
	println(string(z), len(z))
	type big struct{ a, b, c int64 }
	var bs []big
	for i := 0; i < 10; i++ {
		bs = append(bs, big{int64(i), int64(-i), 7})
	}
	println(len(bs), bs[9].a, bs[9].b, bs[4].c)
	w := make([]int, 5, 5)
	w = append(w, 1, 2, 3, 4, 5, 6, 7)
	println(len(w), w[11], cap(w) >= 12)
	var ss []string
	for i := 0; i < 100; i++ {
		ss = append(ss, string(rune('A'+i%26)))
	}
	println(len(ss), ss[27], ss[99])
	var nested [][]int
	for i := 0; i < 5; i++ {
		nested = append(nested, []int{i})
		nested[0] = append(nested[0], i)
	}
	println(len(nested), len(nested[0]), nested[4][0])
}
