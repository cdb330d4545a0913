package main

func main() {
	s := make([]int, 3, 5)
	hi := 6
	println(len(s[:5]))
	println(len(s[:hi]))
}
