package main

var table = build()

func build() []int {
	println("building")
	t := make([]int, 3)
	i := 3
	t[i] = 1
	return t
}

func main() {
	println("main", len(table))
}
