package main

type Res struct{ name string }

func (r *Res) Close() { println("close", r.name) }

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body done")
}

func args() {
	x := 1
	defer println("x at defer time:", x)
	x = 2
	defer func() { println("x at return:", x) }()
	x = 3
}

func named() (n int) {
	defer func() { n *= 10 }()
	return 4
}

func early(b bool) int {
	defer println("early's defer")
	if b {
		return 1
	}
	return 2
}

func methods() {
	r := &Res{"a"}
	defer r.Close()
	r2 := Res{"b"}
	defer r2.Close()
	r2.name = "b2"
	f := func(s string) { println("func value", s) }
	defer f("v")
}

func main() {
	order()
	args()
	println(named())
	println(early(true), early(false))
	methods()
	defer println("main's defer runs last")
	println("main body done")
}
