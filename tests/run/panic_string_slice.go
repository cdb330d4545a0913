package main

func main() {
	s := "hello"
	n := 9
	println(s[1:3])
	println(s[2:n])
}
