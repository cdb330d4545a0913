package main

func main() {
	s := 3
	_ = 1 << s
}
