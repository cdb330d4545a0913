package main

func main() {
	_ = "\q"
}
