package main

func main() {
	var g interface{} = func(int) string
	_ = g
}
