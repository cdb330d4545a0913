package main

func main() {
	s := "hello"
	hi := 6
	println(s[:5])
	println(s[:hi])
}
