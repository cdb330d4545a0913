package main

func main() {
	x := 10
	zero := 0
	x /= zero
	println(x)
}
