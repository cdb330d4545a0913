package main

type Number interface{ ~int | ~float64 }

func sum[T Number](xs []T) T { return xs[0] }

func main() {
	_ = sum[string]
}
