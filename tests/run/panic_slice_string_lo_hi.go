package main

func main() {
	s := "hello"
	lo := 4
	hi := 2
	println(s[lo:hi])
}
