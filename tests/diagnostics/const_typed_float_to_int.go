package main

const f float64 = 2

func main() {
	var i int = f
	_ = i
}
