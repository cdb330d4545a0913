package main

func main() {
	_ = 'ab'
}
