package main

func main() {
	var s int8 = -1
	println(1 << 3)
	println(1 << s)
}
