package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	println(p.X, q.X)
	p.Scale(3)
	println(p.X, p.Y)
	r := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "r"}
	println(r.Area(), r.Name)
	pp := &r.Max
	pp.Scale(2)
	println(r.Max.X, r.Area())
	s := p.Add(Point{Y: 1})
	println(s.X, s.Y)
	n := new(int)
	*n = 42
	m := n
	*m++
	println(*n)
	ps := []Point{{1, 1}, {2, 2}}
	ps[1].X = 7
	println(ps[1].X, ps[0].Y)
	x := 5
	px := &x
	*px = 6
	println(x)
	var arr [3]Point
	arr[2].Y = 9
	println(arr[2].Y)
}
