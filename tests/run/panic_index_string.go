package main

func main() {
	s := "abc"
	i := 3
	println(s[i])
}
