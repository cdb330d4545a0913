package main

func main() {
	x := 1
	s := -5
	x >>= s
	println(x)
}
