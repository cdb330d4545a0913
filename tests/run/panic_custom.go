package main

func main() {
	println("start")
	panic("something went wrong")
}
