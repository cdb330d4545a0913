package main

func main() {
	x := _
	_ = x
}
