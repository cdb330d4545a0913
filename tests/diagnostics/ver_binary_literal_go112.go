package main

func main() {
	_ = 0b101
}
