package main

type point struct {
	x, y int
	name string
}

func points(yield func(int, point) bool) {
	ps := []point{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}}
	for i, p := range ps {
		if !yield(i, p) {
			return
		}
	}
}

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func shapes(yield func(shape) bool) {
	_ = yield(rect{2, 3}) && yield(rect{4, 5})
}

func rects(yield func(rect) bool) {
	_ = yield(rect{1, 1}) && yield(rect{6, 7})
}

// The body changes its copy of the value, not the iterator's.
func mutate() {
	var kept []point
	for _, p := range points {
		p.x *= 100
		kept = append(kept, p)
	}
	for _, p := range kept {
		println(p.x, p.y, p.name)
	}
}

func farthest() (best point, at int) {
	for i, p := range points {
		if p.x > 2 {
			return p, i
		}
	}
	return
}

// An iterator that calls yield again after the body returned: the
// results were assigned at the return, so the deferred call sees them.
func stubborn(yield func(string) bool) {
	yield("one")
	yield("two")
}

func assigned() (s string) {
	defer func() {
		r := recover()
		println("deferred:", s, r.(error).Error())
	}()
	for v := range stubborn {
		return v + "!"
	}
	return "none"
}

func main() {
	mutate()
	p, i := farthest()
	println(p.x, p.y, p.name, i)
	total := 0
	for s := range shapes {
		total += s.area()
	}
	println("area", total)
	var s shape
	for s = range rects {
	}
	println("last area", s.area())
	println("assigned:", assigned())
}
