package main

// Generic types whose underlying types are slices and maps, with methods;
// a generic type embedded in a struct (promoted methods); generic calls in
// package variable initialisers and deferred generic method calls.

type Vec[T any] []T

func (v Vec[T]) Len() int { return len(v) }

func (v *Vec[T]) Append(xs ...T) { *v = append(*v, xs...) }

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], 0, len(v))
	for _, x := range v {
		out = append(out, f(x))
	}
	return out
}

type Dict[K comparable, V any] map[K]V

func (d Dict[K, V]) Get(k K, def V) V {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

func (d Dict[K, V]) Put(k K, v V) { d[k] = v }

type Log struct {
	Vec[string]
	name string
}

func Sum[S ~[]E, E int | float64](s S) E {
	var t E
	for i := range s {
		t += s[i]
	}
	return t
}

func Double[T int | string](x T) T { return x + x }

var (
	doubled = Double(21)
	word    = Double("ab")
	squares = Vec[int]{1, 2, 3}.Map(func(x int) int { return x * x })
)

func run() {
	var v Vec[int]
	defer func() { println("deferred len", v.Len()) }()
	defer v.Append(100)
	v.Append(1, 2)
	println("run len", v.Len())
}

func main() {
	println(doubled, word, squares.Len(), squares[2])
	v := Vec[float64]{0.5}
	v.Append(1, 2)
	println(v.Len(), Sum(v))
	println(Sum(squares))
	d := Dict[string, int]{}
	d.Put("a", 1)
	println(d.Get("a", -1), d.Get("b", -1), len(d))
	var l Log
	l.name = "log"
	l.Append("x", "y")
	println(l.name, l.Len(), l.Vec[1])
	run()
}
