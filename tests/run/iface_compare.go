package main

// == and != on interface values, structs and arrays: dynamic types,
// pointer identity, nil, mixed concrete/interface operands.

type P struct {
	x, y int
	s    string
}

type K interface{ k() }

func (P) k() {}

type Q struct {
	a any
	f float64
}

func main() {
	var a, b any
	println(a == b)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "hi", "h"+"i"
	println(a == b)
	p1, p2 := &P{1, 2, "a"}, &P{1, 2, "a"}
	a, b = p1, p2
	println(a == b, a == any(p1))
	a, b = *p1, *p2
	println(a == b)
	var k K = P{1, 2, "a"}
	println(k == P{1, 2, "a"}, k != P{1, 3, "a"})
	println(P{1, 2, "x"} == P{1, 2, "x"}, [2]string{"a", "b"} == [2]string{"a", "c"})
	q1 := Q{1, 0.5}
	q2 := Q{1, 0.5}
	println(q1 == q2)
	q2.a = "1"
	println(q1 == q2)
	var e error
	println(e == nil)
	x := any(3)
	println(x == 3, 3 == x, x != 4)
	nan := 0.0
	nan = nan / nan
	println(any(nan) == any(nan))
}
