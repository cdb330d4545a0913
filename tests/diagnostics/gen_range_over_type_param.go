package main

func f[T any](x T) {
	for range x {
	}
}

func main() {}
