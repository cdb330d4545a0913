package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	return "big"
}

func main() {
	for i := -1; i < 12; i += 4 {
		println(i, classify(i))
	}
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			println("zero")
			fallthrough
		case 1:
			println("one-ish")
		case 2, 3:
			println("two or three")
		default:
			println("never")
		}
	}
	i := 0
loop:
	if i < 3 {
		print(i)
		i++
		goto loop
	}
	println()
	switch s := "b"; s {
	case "a":
		println("a")
	case "b":
		println("b")
	}
}
