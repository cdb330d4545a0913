package main

func f[T ~int](x T) {}

func main() {
	f("s")
}
