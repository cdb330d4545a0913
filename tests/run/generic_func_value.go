package main

// Generic functions as values: explicit instances (f := Max[int]),
// instances inferred from the assignment target or from the parameter they
// are passed to, method values and method expressions of generic types.

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Apply[T any](xs []T, f func(T, T) T) T {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = f(acc, x)
	}
	return acc
}

type Counter[T any] struct {
	n    int
	last T
}

func (c *Counter[T]) Add(v T) int {
	c.n++
	c.last = v
	return c.n
}

func (c Counter[T]) Last() T { return c.last }

func main() {
	f := Max[int]
	println(f(3, 9))
	var g func(string, string) string = Max
	println(g("a", "b"))
	println(Apply([]float64{1.5, 9.5, 3}, Max[float64]))
	println(Apply([]string{"x", "zz", "y"}, Max))
	fs := []func(int, int) int{Max[int], func(a, b int) int { return a + b }}
	println(fs[0](4, 2), fs[1](4, 2))

	var c Counter[string]
	add := c.Add
	add("one")
	add("two")
	println(c.n, c.last)
	last := c.Last
	c.Add("three")
	println(last(), c.Last())
	inc := (*Counter[int]).Add
	var ci Counter[int]
	inc(&ci, 5)
	println(inc(&ci, 6), Counter[int].Last(ci))
}
