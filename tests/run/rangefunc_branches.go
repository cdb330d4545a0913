package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator", n, "exits")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid() {
outer:
	for i := range count(4) {
		for j := range count(4) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("grid", i, j)
		}
	}
	println("grid done")
}

func plainOuter() {
loop:
	for i := 0; i < 3; i++ {
		for x := range count(5) {
			if x == 1 {
				continue loop
			}
			if i == 2 {
				break loop
			}
			println("plain", i, x)
		}
		println("not reached")
	}
	println("plain done")
}

func innerPlain() {
	for x := range count(3) {
	inner:
		for i := 0; i < 5; i++ {
			switch {
			case i == 1:
				continue inner
			case i == 3:
				break inner
			}
			println("inner", x, i)
		}
		switch x {
		case 1:
			break // the switch, not the loop
		default:
			println("default", x)
		}
	}
}

func threeDeep() {
a:
	for i := range count(3) {
		for j := range count(3) {
			for k := range count(3) {
				if k == 1 {
					continue a
				}
				if i == 1 {
					break a
				}
				println("deep", i, j, k)
			}
		}
	}
	println("deep done")
}

func gotoInside() {
	for x := range count(2) {
		i := 0
	again:
		if i < 2 {
			println("goto", x, i)
			i++
			goto again
		}
	}
}

func labelledSelf() {
self:
	for x := range count(5) {
		switch {
		case x == 1:
			continue self
		case x == 3:
			break self
		}
		println("self", x)
	}
}

func main() {
	grid()
	plainOuter()
	innerPlain()
	threeDeep()
	gotoInside()
	labelledSelf()
}
