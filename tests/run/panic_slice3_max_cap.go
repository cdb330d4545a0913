package main

func main() {
	s := make([]byte, 2, 4)
	m := 5
	println(len(s[0:1:m]))
}
