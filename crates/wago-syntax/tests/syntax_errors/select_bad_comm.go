package p

func f(c chan int) {
	select {
	case a, b, c := <-c:
	}
}
