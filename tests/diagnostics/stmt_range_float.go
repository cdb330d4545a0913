package main

func main() {
	for range 1.5 {
	}
}
