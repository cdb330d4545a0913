// Named types declared inside generic functions and methods: each
// instance has its own copy, with the type arguments substituted, named
// as gc names it (`main.pair[int]`).
package main

type Stringer interface{ String() string }

type label string

func (l label) String() string { return "label:" + string(l) }

func Pair[T any](a, b T) any {
	type pair struct{ x, y T }
	return pair{a, b}
}

func Counter[T any]() any {
	type counter int
	return counter(1)
}

// A self-referential local type, and two that refer to each other.
func Reverse[T any](xs ...T) []T {
	type node struct {
		v    T
		next *node
	}
	type list struct {
		head *node
		n    int
	}
	var l list
	for _, x := range xs {
		l.head = &node{x, l.head}
		l.n++
	}
	out := make([]T, 0, l.n)
	for p := l.head; p != nil; p = p.next {
		out = append(out, p.v)
	}
	return out
}

func Max[T int | string](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

// A local type as the type argument of another generic function, and
// one embedding a type with methods.
func Tagged[T int | string](xs []T) string {
	type tagged struct {
		label
		v T
	}
	best := Max(xs)
	var s Stringer = tagged{label("max"), best}
	return s.String()
}

// A local type inside a closure inside a generic function.
func Boxes[T any](xs []T) []any {
	out := []any{}
	each := func(x T) {
		type box struct{ v T }
		out = append(out, box{x})
	}
	for _, x := range xs {
		each(x)
	}
	return out
}

type Stack[T any] struct{ items []T }

// A local type in a method of a generic type.
func (s *Stack[T]) Snapshot() any {
	type snapshot struct {
		n   int
		top T
	}
	var top T
	if len(s.items) > 0 {
		top = s.items[len(s.items)-1]
	}
	return snapshot{len(s.items), top}
}

func describe(v any) string {
	switch v.(type) {
	case interface{ String() string }:
		return "stringer"
	default:
		return "plain"
	}
}

func main() {
	p1, p2, q := Pair(1, 2), Pair(1, 2), Pair("a", "b")
	println(p1 == p2, p1 == q)
	_, isStringer := p1.(Stringer)
	println(isStringer)
	println(Counter[int]() == Counter[int](), Counter[int]() == Counter[string]())
	for _, v := range Reverse(1, 2, 3) {
		print(v, " ")
	}
	println()
	for _, v := range Reverse("x", "y") {
		print(v, " ")
	}
	println()
	println(Tagged([]int{3, 9, 4}), Tagged([]string{"b", "a"}))
	bi, bs := Boxes([]int{1, 2}), Boxes([]string{"s"})
	println(len(bi), len(bs), bi[0] == bi[1], bi[0] == Boxes([]int{1})[0], describe(bi[0]))
	s := &Stack[float64]{items: []float64{1.5, 2.5}}
	e := &Stack[bool]{}
	println(s.Snapshot() == s.Snapshot(), e.Snapshot() == e.Snapshot())
	panic(Counter[uint8]())
}
