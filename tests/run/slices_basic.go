package main

func main() {
	var s []int
	println(len(s), cap(s), s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	println(len(s), s[9])
	t := s[2:5]
	println(len(t), cap(t), t[0], t[2])
	t[0] = 100
	println(s[2])
	u := make([]int, 3, 10)
	println(len(u), cap(u))
	n := copy(u, s)
	println(n, u[0], u[1], u[2])
	w := s[1:3:4]
	println(len(w), cap(w))
	arr := [5]int{1, 2, 3}
	sl := arr[1:4]
	sl[0] = 20
	println(arr[1], len(sl), cap(sl))
	grid := [][]int{{1, 2}, {3, 4, 5}}
	println(len(grid), len(grid[1]), grid[1][2])
	sum := 0
	for _, v := range arr {
		sum += v
	}
	println(sum)
}
