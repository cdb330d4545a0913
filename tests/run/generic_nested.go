package main

// Instantiations nested in instance bodies: each instance's body names
// further instances (with its own type arguments substituted in), until no
// new ones appear.

type Pair[A, B any] struct {
	a A
	b B
}

func MkPair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Dup[T any](x T) Pair[T, T] { return MkPair(x, x) }

func Wrap[T any](x T) []T { return []T{x} }

func Deep[T any](x T) [][]T {
	inner := Wrap(x)
	return Wrap(inner)
}

func Enumerate[T any](xs []T) []Pair[int, T] {
	out := make([]Pair[int, T], 0, len(xs))
	for i, x := range xs {
		out = append(out, MkPair(i, x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Collect[T any](xs ...T) *Stack[Pair[int, T]] {
	s := &Stack[Pair[int, T]]{}
	for _, p := range Enumerate(xs) {
		s.Push(p)
	}
	return s
}

func main() {
	d := Dup("hi")
	println(d.a, d.b)
	dd := Dup(Dup(3))
	println(dd.a.a, dd.b.b)
	deep := Deep(2.5)
	println(len(deep), len(deep[0]), deep[0][0])
	for _, p := range Enumerate([]string{"x", "y"}) {
		println(p.a, p.b)
	}
	s := Collect[byte]('a', 'b', 'c')
	println(len(s.items), s.items[2].a, s.items[2].b)
	t := Collect(true)
	println(len(t.items), t.items[0].b)
}
