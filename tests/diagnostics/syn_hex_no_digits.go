package main

func main() {
	_ = 0x
}
