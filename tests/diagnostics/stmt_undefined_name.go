package main

func main() {
	_ = y
}
