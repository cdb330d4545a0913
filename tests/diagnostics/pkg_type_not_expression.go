package main

type T int

func main() {
	_ = T
}
