package main

func main() {
	var a int8 = 100
	var b int8
	println(a / 3)
	println(a / b)
}
