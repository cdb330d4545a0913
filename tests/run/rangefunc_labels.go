package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Two labels around nested loops: each exit code must mean the same
// label at every level it passes.
func twoLabels() {
a:
	for i := range count(3) {
	b:
		for j := range count(3) {
			for k := range count(3) {
				if k == 1 && j == 0 {
					continue b
				}
				if k == 1 && j == 1 {
					continue a
				}
				if i == 2 {
					break b
				}
				println(i, j, k)
			}
		}
		println("after b", i)
	}
}

// A labelled break of a switch around the loop.
func switchAround(n int) {
sw:
	switch n {
	case 1:
		for x := range count(5) {
			for y := range count(5) {
				if x+y == 3 {
					println("leaving switch at", x, y)
					break sw
				}
			}
		}
		println("not reached")
	}
	println("after switch")
}

// Labels of plain loops inside and outside, mixed with range-over-func.
func mixed() {
	total := 0
outer:
	for i := 0; i < 4; i++ {
		for x := range count(4) {
		inner:
			for j := 0; j < 4; j++ {
				for y := range count(4) {
					switch {
					case y == 2:
						continue inner
					case j == 2:
						break inner
					case x == 3:
						continue outer
					case i == 3:
						break outer
					}
					total += i*1000 + x*100 + j*10 + y
				}
			}
		}
	}
	println("mixed", total)
}

func main() {
	twoLabels()
	switchAround(1)
	switchAround(2)
	mixed()
}
