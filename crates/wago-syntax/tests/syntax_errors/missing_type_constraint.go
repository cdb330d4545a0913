package p

func f[T]() {}
