package p

import "unsafe"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

var shapes = []Shape{Rect{1, 2}, &Rect{3, 4}}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

var sizes = [...]int64{KB, MB, GB}

func total() float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func closures() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func maps() map[string][]int {
	m := map[string][]int{"a": {1, 2}, "b": nil}
	m["c"] = append(m["c"], 3)
	delete(m, "a")
	if v, ok := m["b"]; ok {
		_ = v
	}
	return m
}

func channels() {
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c:
		_ = v
	default:
	}
	close(c)
}

func sizesOf() uintptr {
	var p Point
	return unsafe.Sizeof(p) + unsafe.Alignof(p.Y) + unsafe.Offsetof(p.Y) + unsafe.Sizeof("") + unsafe.Sizeof([]int{})
}

// wago's pointers are 4 bytes and a string header 8 (gc's wasm: 8 and 16).
var _ = [unsafe.Sizeof(uintptr(0))]int{3: 0}
var _ = [unsafe.Sizeof("")]int{7: 0}

func conv(b []byte) string {
	s := string(b)
	r := []rune(s)
	_ = [4]byte(b)
	_ = (*[2]byte)(b)
	return string(r) + string(rune(65))
}

func variadic(xs ...int) int {
	return len(xs)
}

var _ = variadic(1, 2, 3) + variadic([]int{1}...)
