package main

func main() {
	println(min(3), max(3), min(5, 2, 8, -1), max(5, 2, 8, -1))
	var a, b int8 = -128, 127
	println(min(a, b), max(a, b))
	var u, v uint64 = 1 << 63, 5
	println(min(u, v), max(u, v))
	println(min(2.5, 1.5), max(-0.5, -1.5), min(1.0, 2))
	println(min("b", "a", "c"), max("b", "a", "c"), min("", "x"))
	x, y := 10, 20
	z := min(x, y) * max(x, y)
	println(z)
	var f32 float32 = 1.25
	println(min(f32, 2), max(f32, -3))
	s := []int{4, -2, 9, 0}
	lo, hi := s[0], s[0]
	for _, e := range s[1:] {
		lo, hi = min(lo, e), max(hi, e)
	}
	println(lo, hi)
}
