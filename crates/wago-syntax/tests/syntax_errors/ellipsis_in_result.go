package p

func f() (...int) { return nil }
