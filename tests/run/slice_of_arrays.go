package main

func main() {
	var arr [8]int
	s := arr[:]
	s[3] = 3
	println(arr[3])
	t := arr[2:6]
	t[0] = 22
	println(arr[2], len(t), cap(t))
	p := &arr
	q := p[1:3]
	q[1] = 11
	println(arr[2], len(q), cap(q))
	pairs := make([][2]int, 3)
	for i := range pairs {
		pairs[i] = [2]int{i, i * i}
	}
	x := pairs[1]
	x[1] = -5
	println(pairs[1][1], x[1])
	pairs[2][0] = 20
	println(pairs[2][0])
	pp := &pairs[0]
	pp[1] = 99
	println(pairs[0][1])
	var grid [3][4]byte
	row := grid[1][:]
	row[2] = 'x'
	println(grid[1][2])
	rows := grid[:]
	rows[2][3] = 'y'
	println(grid[2][3], len(rows))
	arr2 := [3]int{1, 2, 3}
	sp := (&arr2)[:]
	sp[0] = 10
	println(arr2[0])
	for i, v := range p {
		if v != 0 {
			print(i, "=", v, " ")
		}
	}
	println()
	println(len(p), cap(p[4:]))
}
