package p

func f() {
	x.y: for {
	}
}
