package main

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "medium "
		fallthrough
	default:
		s += "any"
	}
	return s
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "?"
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		println(n, classify(n))
	}
	for d := 0; d < 8; d++ {
		print(day(d), " ")
	}
	println()
	switch x := 3; {
	case x > 2:
		println("gt2")
	}
	s := "b"
	switch s {
	case "a":
		println("A")
	case "b":
		println("B")
		fallthrough
	case "c":
		println("C")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch f(2) {
	case f(1), f(2), f(3):
		println("hit")
	}
	println(calls)
	switch {
	}
	var fl float64 = 2.5
	switch fl {
	case 2.5:
		println("float")
	}
	switch b := true; b {
	case false:
		println("no")
	default:
		println("default")
	case true:
		println("yes")
	}
}
