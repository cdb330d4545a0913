package main

func f(int) {}

func main() {
	f(1
	return
}
