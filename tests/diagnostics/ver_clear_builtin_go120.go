package main

func main() {
	m := map[int]int{}
	clear(m)
}
