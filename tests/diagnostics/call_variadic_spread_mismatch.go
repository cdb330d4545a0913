package main

func f(xs ...int) {}

func main() {
	s := []string{"a"}
	f(s...)
}
