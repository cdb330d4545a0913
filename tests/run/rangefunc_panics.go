package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator defer runs")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func boom() (r int) {
	defer func() {
		println("recovered:", recover().(string), r)
		r = -1
	}()
	for x := range count(5) {
		r = x
		if x == 2 {
			panic("boom")
		}
	}
	return 100
}

func index(s []int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			println("recovered:", e.(error).Error())
		}
	}()
	for x := range count(5) {
		r += s[x]
	}
	return r
}

// An iterator that recovers the body's panic and keeps going.
func swallow(yield func(int) bool) {
	defer func() {
		recover()
		println("  swallowed")
	}()
	yield(1)
}

func continued() {
	defer func() {
		println("continued:", recover().(error).Error())
	}()
	for x := range swallow {
		println("x", x)
		panic("in body")
	}
}

// An iterator that calls yield again after recovering the body's panic.
func retry(yield func(int) bool) {
	func() {
		defer func() { recover() }()
		yield(1)
	}()
	yield(2)
}

func retried() {
	defer func() {
		println("retried:", recover().(error).Error())
	}()
	for x := range retry {
		println("x", x)
		panic("first")
	}
}

func main() {
	println(boom())
	println(index([]int{1, 2, 3}))
	continued()
	retried()
}
