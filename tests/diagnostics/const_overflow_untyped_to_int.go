package main

func main() {
	x := 1 << 100
	_ = x
}
