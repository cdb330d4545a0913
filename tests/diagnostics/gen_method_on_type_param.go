package main

func f[T any](x T) {
	x.M()
}

func main() {}
