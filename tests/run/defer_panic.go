package main

func inner(s []int, i int) int {
	defer println("inner defer")
	return s[i]
}

func middle() {
	defer func() {
		println("middle defer")
	}()
	println(inner([]int{1, 2}, 1))
	println(inner([]int{1, 2}, 5))
	println("not reached")
}

func main() {
	defer println("main defer")
	middle()
	println("not reached either")
}
