package main

func main() {
	var i int = "a"
	_ = i
}
