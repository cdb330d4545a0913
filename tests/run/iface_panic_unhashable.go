package main

func main() {
	m := map[any]int{}
	m[1] = 1
	println(len(m))
	m[[]int{1}] = 2
	println(len(m))
}
