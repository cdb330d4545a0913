package main

func f[T ~int](x string) T {
	return T(x)
}

func main() {}
