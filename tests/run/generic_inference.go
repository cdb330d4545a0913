package main

// Type argument inference: from arguments, from untyped constants (their
// default types), through function-typed arguments, and core types of
// constraints (S ~[]E gives E).

func Id[T any](x T) T { return x }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Grow[S ~[]E, E any](s S, extra ...E) S {
	for _, e := range extra {
		s = append(s, e)
	}
	return s
}

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

type IntList []int
type Names []string

func main() {
	println(Id(42), Id("str"), Id(1.5), Id('x'), Id(true))
	var u8 uint8 = 200
	println(Id(u8) + 100)
	println(Apply(3, func(i int) string { return "n" + string(rune('0'+i)) }))
	println(Apply("abc", func(s string) int { return len(s) }))
	l := Grow(IntList{1, 2}, 3, 4)
	println(len(l), Last(l))
	n := Grow(Names{"a"}, "b")
	println(len(n), Last(n))
	println(Keys(map[string]bool{"x": true, "y": false}))
	b, a := Swap(1, "one")
	println(b, a)
	x, y := Swap(2.5, int16(-3))
	println(x, y)
}
