package main

func f[T any](a, b T) bool {
	return a == b
}

func main() {}
