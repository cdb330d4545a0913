package main

type Handler func(string) int

func length(s string) int { return len(s) }
func twice(f func(int) int, x int) int { return f(f(x)) }
func choose(neg bool) func(int) int {
	if neg {
		return func(x int) int { return -x }
	}
	return func(x int) int { return x + 1 }
}

type table struct {
	name string
	fn   func(int, int) int
}

func main() {
	var h Handler = length
	println(h("hello"))
	println(twice(choose(true), 5), twice(choose(false), 5))
	ops := []table{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, t := range ops {
		println(t.name, t.fn(7, 3))
	}
	var f func()
	println(f == nil)
	f = func() { println("called") }
	println(f != nil)
	f()
	fs := [3]func(int) int{choose(true), choose(false)}
	println(fs[0](1), fs[1](1), fs[2] == nil)
	g := length
	println(g("abc") + h("de"))
	apply := func(fs ...func(int) int) int {
		v := 1
		for _, f := range fs {
			v = f(v)
		}
		return v
	}
	println(apply(), apply(choose(false), choose(false), choose(true)))
}
