package main

type S struct{}

func main() {
	for range (S{}) {
	}
}
