package main

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

// All walks the tree in order; it stops as soon as yield says so.
func (t *Tree) All(yield func(int) bool) {
	t.walk(yield)
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

// Pre is a recursive iterator written with range-over-func itself.
func (t *Tree) Pre(yield func(int, int) bool) {
	t.pre(0, yield)
}

func (t *Tree) pre(depth int, yield func(int, int) bool) bool {
	if t == nil {
		return true
	}
	if !yield(depth, t.Val) {
		return false
	}
	for _, c := range []*Tree{t.Left, t.Right} {
		for d, v := range c.depthFrom(depth + 1) {
			if !yield(d, v) {
				return false
			}
		}
	}
	return true
}

func (t *Tree) depthFrom(depth int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) { t.pre(depth, yield) }
}

type Counter struct{ n, calls int }

func (c *Counter) Up(yield func(int) bool) {
	c.calls++
	for i := 1; i <= c.n; i++ {
		if !yield(i) {
			return
		}
	}
}

// A generator: a closure over its own state.
func fib() func(func(int) bool) {
	a, b := 0, 1
	return func(yield func(int) bool) {
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	var t *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9} {
		t = t.Insert(v)
	}
	for v := range t.All {
		print(v, " ")
	}
	println()
	for v := range t.All {
		if v > 4 {
			break
		}
		print(v, " ")
	}
	println()
	for d, v := range t.Pre {
		println("pre", d, v)
		if v == 7 {
			break
		}
	}
	c := &Counter{n: 3}
	up := c.Up
	for i := range up {
		println("up", i)
	}
	for i := range c.Up {
		if i == 2 {
			break
		}
	}
	println("calls", c.calls)
	f := fib()
	for v := range f {
		if v > 20 {
			break
		}
		print(v, " ")
	}
	println()
	for v := range f {
		println("resumed at", v)
		break
	}
}
