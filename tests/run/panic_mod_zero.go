package main

func main() {
	var a uint32 = 100
	var b uint32
	println(a % 7)
	println(a % b)
}
