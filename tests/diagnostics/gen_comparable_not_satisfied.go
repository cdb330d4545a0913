package main

func f[T comparable](x T) {}

func main() {
	f([]int{})
}
