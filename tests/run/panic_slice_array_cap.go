package main

func main() {
	var a [4]int
	hi := 5
	println(len(a[:hi]))
}
