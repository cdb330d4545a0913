package main

// Generic types with two parameters: struct literals with keyed fields (in
// any order), value receivers, and instances of one generic type nested in
// another.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Val: v, Key: k}
}

func (p Pair[K, V]) WithVal(v V) Pair[K, V] {
	p.Val = v
	return p
}

type Triple[A, B comparable, C any] struct {
	First  Pair[A, B]
	Third  C
	Nested [2]Pair[B, C]
}

func Swap[K, V comparable](p Pair[K, V]) Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

func main() {
	p := MakePair("answer", 42)
	println(p.Key, p.Val)
	q := p.WithVal(7)
	println(p.Val, q.Val, q.Key)
	r := Pair[int, float64]{Key: 1, Val: 2.5}
	println(r.Key, r.Val)
	ps := []Pair[string, bool]{{"a", true}, {Val: false, Key: "b"}}
	for _, x := range ps {
		println(x.Key, x.Val)
	}
	t := Triple[int8, string, float32]{
		First: Pair[int8, string]{Key: -1, Val: "one"},
		Third: 3.5,
	}
	t.Nested[1] = Pair[string, float32]{"x", 0.25}
	println(t.First.Key, t.First.Val, t.Third, t.Nested[1].Key, t.Nested[1].Val, t.Nested[0].Key == "")
	println(Swap(p).Key, Swap(p).Val)
}
