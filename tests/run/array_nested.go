package main

type Point struct{ X, Y int }
type Shape struct {
	Name   string
	Points [3]Point
}

func area2(s Shape) int {
	p := s.Points
	return (p[1].X-p[0].X)*(p[2].Y-p[0].Y) - (p[2].X-p[0].X)*(p[1].Y-p[0].Y)
}

func main() {
	var shapes [2]Shape
	shapes[0] = Shape{"tri", [3]Point{{0, 0}, {4, 0}, {0, 3}}}
	shapes[1] = shapes[0]
	shapes[1].Name = "big"
	shapes[1].Points[1].X = 40
	for _, s := range shapes {
		println(s.Name, area2(s), s.Points[1].X)
	}
	var cube [2][2][2]int8
	n := int8(0)
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				n += 50
				cube[i][j][k] = n
			}
		}
	}
	println(cube[0][0][0], cube[1][1][1], cube[1][0][1])
	copyCube := cube
	copyCube[0][0][0] = 1
	println(cube[0][0][0], copyCube[0][0][0])
	ss := shapes[:]
	ss[0].Points[0].Y = -7
	println(shapes[0].Points[0].Y)
	m := [2][]int{{1, 2}, {3}}
	m2 := m
	m2[0][0] = 99
	println(m[0][0], len(m[1]))
}
