package main

func f(int, int) {}

func main() {
	f(1 # 2)
}
