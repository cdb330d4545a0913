package main

func main() {
	_ = ''
}
