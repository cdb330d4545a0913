package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("len", len(s))
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s = append(s[:3], s[4:]...)
	show(s)
	s = append(s[:2], append([]int{100}, s[2:]...)...)
	show(s)
	filtered := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	show(filtered)
	r := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	show(r)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	println(top, len(stack))
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	queue = append(queue, 4)
	println(head)
	show(queue)
	c := make([]int, len(r))
	copy(c, r)
	c[0] = -1
	println(r[0], c[0])
	grid := make([][]byte, 3)
	for i := range grid {
		grid[i] = make([]byte, 4)
		for j := range grid[i] {
			grid[i][j] = byte('a' + i*4 + j)
		}
	}
	println(string(grid[1]), string(grid[2][1:3]))
	dedup := []int{1, 1, 2, 3, 3, 3, 4, 1}
	out := dedup[:1]
	for _, v := range dedup[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	show(out)
}
