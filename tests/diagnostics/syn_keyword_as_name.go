package main

func main() {
	var func = 1
}
