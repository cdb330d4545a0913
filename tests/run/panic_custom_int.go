package main

func main() {
	x := 42
	println("about to panic")
	panic(x)
}
