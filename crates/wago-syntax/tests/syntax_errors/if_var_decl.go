package p

func f() {
	if var x = 1; x > 0 {
	}
}
