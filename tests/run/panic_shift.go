package main

func main() {
	n := -1
	println(1 << 3)
	println(1 << n)
}
