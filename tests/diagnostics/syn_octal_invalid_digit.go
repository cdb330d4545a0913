package main

func main() {
	_ = 089
}
