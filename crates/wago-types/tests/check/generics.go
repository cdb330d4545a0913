package p

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[S ~[]E, E any, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

func use() {
	_ = Sum([]int{1, 2, 3})
	_ = Sum([]float64{1.5})
	_ = Sum([]MyInt{1})
	_ = Map([]int{1}, func(i int) string { return "" })
	var l *List[string]
	l = l.Push("a")
	_ = l.val + "b"
	_ = Max(1, 2)
	_ = Max(1.5, 2)
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number"
}
