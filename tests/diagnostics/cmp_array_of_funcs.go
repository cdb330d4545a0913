package main

func main() {
	var a, b [2]func()
	_ = a == b
}
