// A multi-value call whose values convert to the destination types:
// return f() into interface results, assignment to interfaces, generics.
package main

type I interface{ M() int }

type T struct{ n int }

func (t *T) M() int { return t.n }

func mk(n int) (*T, error) { return &T{n}, nil }

func get(n int) (I, error) {
	return mk(n)
}

func pair[A, B any](a A, b B) (A, B) { return a, b }

func wrap[A any](a A) (any, error) {
	return pair[A, error](a, nil)
}

func main() {
	i, err := get(5)
	println(i.M(), err == nil)
	var x any
	var e error
	x, e = mk(7)
	println(x.(*T).n, e == nil)
	v, _ := wrap(3.5)
	println(v.(float64))
}
