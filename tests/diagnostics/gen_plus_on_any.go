package main

func f[T any](a T) T {
	return a + a
}

func main() {}
