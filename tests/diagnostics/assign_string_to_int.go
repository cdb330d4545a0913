package main

func main() {
	var i int
	i = "s"
	_ = i
}
