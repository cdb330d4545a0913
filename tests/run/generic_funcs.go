package main

// Generic functions over several element types: Map, Filter, Reduce,
// with explicit and inferred type arguments.

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func First[T any](s []T) (T, bool) {
	var zero T
	if len(s) == 0 {
		return zero, false
	}
	return s[0], true
}

func main() {
	ints := []int{1, 2, 3, 4, 5, 6}
	sq := Map(ints, func(x int) int { return x * x })
	for _, v := range sq {
		print(v, " ")
	}
	println()
	strs := Map[int, string](ints, func(x int) string {
		s := ""
		for i := 0; i < x; i++ {
			s += "*"
		}
		return s
	})
	for _, s := range strs {
		println(s)
	}
	even := Filter(ints, func(x int) bool { return x%2 == 0 })
	println(len(even), even[0], even[1], even[2])
	sum := Reduce(ints, 0, func(a, x int) int { return a + x })
	println(sum)
	fsum := Reduce(ints, 0.5, func(a float64, x int) float64 { return a + float64(x)/2 })
	println(fsum)
	total := Reduce(strs, 0, func(a int, s string) int { return a + len(s) })
	println(total)
	f, ok := First(strs)
	println(f, ok)
	var none []float32
	z, ok := First(none)
	println(z, ok)
	words := Filter([]string{"go", "wasm", "rust", "c"}, func(s string) bool { return len(s) > 2 })
	println(len(words), words[0], words[1])
}
