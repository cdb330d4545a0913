package main

func main() {
	var u uint = -1
	_ = u
}
