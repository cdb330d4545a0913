package main

func main() {
	i, s := 1, "a"
	_ = i == s
}
