package main

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Named interface{ Name() string }
type N string

func (n N) Name() string { return string(n) }

func GetAll[T any](gs []Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func Names[T Named](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Name() + ","
	}
	return s
}

func Find[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type P struct{ a, b int }

func main() {
	vals := GetAll([]Getter[int]{Box[int]{1}, Box[int]{2}})
	println(len(vals), vals[0], vals[1])
	println(Names([]N{"a", "b"}), Names([]Named{N("x"), N("y")}))
	println(Find([]P{{1, 2}, {3, 4}}, P{3, 4}), Find([]any{1, "a", 2.5}, any("a")), Find([]string{"q"}, "z"))
	var g Getter[string] = Box[string]{"hi"}
	f := g.Get
	println(f())
}
