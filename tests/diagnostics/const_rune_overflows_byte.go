package main

func main() {
	var b byte = '世'
	_ = b
}
