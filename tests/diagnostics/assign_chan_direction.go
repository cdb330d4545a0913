package main

func main() {
	var c <-chan int
	var d chan int = c
	_ = d
}
