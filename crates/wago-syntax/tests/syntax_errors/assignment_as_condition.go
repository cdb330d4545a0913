package p

func f(x int) {
	if x = 1 {
	}
}
