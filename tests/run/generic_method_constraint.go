package main

// Methods called through a type parameter's constraint: after
// instantiation they are static calls of the concrete type's method,
// value or pointer receiver, on plain and generic types.

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }
type Square float64

func (r Rect) Area() float64   { return r.w * r.h }
func (r Rect) Name() string    { return "rect" }
func (s Square) Area() float64 { return float64(s * s) }
func (s Square) Name() string  { return "square" }

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Describe[S Shape](s S) string { return s.Name() }

// The pointer-method pattern: PT is *T and has the method.
type Setter[T any] interface {
	*T
	Set(v int)
}

type counter struct{ n int }

func (c *counter) Set(v int) { c.n = v }

func MakeAll[T any, PT Setter[T]](n int) []T {
	out := make([]T, n)
	for i := range out {
		PT(&out[i]).Set(i * 3)
	}
	return out
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

func Unbox[T any, G Getter[T]](g G) T { return g.Get() }

type Lesser[T any] interface{ Less(T) bool }

type age int

func (a age) Less(b age) bool { return a < b }

func Smallest[T Lesser[T]](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	println(Total([]Rect{{1, 2}, {3, 4}}))
	println(Total([]Square{1.5, 2}))
	println(Describe(Rect{}), Describe(Square(1)))
	cs := MakeAll[counter](4)
	println(len(cs), cs[1].n, cs[3].n)
	println(Unbox[string](Box[string]{"boxed"}))
	println(Unbox[int](Box[int]{7}))
	println(Smallest([]age{30, 12, 45}))
}
