package main

func main() {
	var i int = 1 + 2i
	_ = i
}
