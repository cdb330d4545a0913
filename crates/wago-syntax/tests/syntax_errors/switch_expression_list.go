package p

func f() {
	switch a, b {
	}
}
