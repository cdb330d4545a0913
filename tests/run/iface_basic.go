package main

// Method calls through interfaces: value and pointer receivers, slices of
// interfaces, interfaces as parameters and results.

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }
type Counter struct{ n int }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (s *Square) Area() float64   { return s.S * s.S }
func (s *Square) Perimeter() float64 {
	return 4 * s.S
}

type Incr interface{ Inc() int }

func (c *Counter) Inc() int { c.n++; return c.n }

func biggest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func use(i Incr, times int) int {
	r := 0
	for k := 0; k < times; k++ {
		r = i.Inc()
	}
	return r
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Square{2}, Rect{1, 10}, &Square{5}}
	for i, s := range shapes {
		println(i, s.Area(), s.Perimeter())
	}
	b := biggest(shapes)
	println("biggest area", b.Area())
	c := &Counter{}
	println(use(c, 5), c.n)
	var i Incr = c
	i.Inc()
	println(c.n)
	var sh Shape
	println(sh == nil)
	sh = Rect{2, 2}
	println(sh != nil, sh.Area())
}
