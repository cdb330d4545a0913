package main

func main() {
	_ = 1_000
}
