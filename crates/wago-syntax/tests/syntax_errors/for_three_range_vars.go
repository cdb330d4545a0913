package p

func f(s []int) {
	for a, b, c := range s {
	}
}
