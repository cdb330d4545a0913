package main

func main() {
	_ = int("5")
}
