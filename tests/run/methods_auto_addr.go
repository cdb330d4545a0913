package main

type P struct{ x, y int }

func (p *P) Move(dx, dy int) { p.x += dx; p.y += dy }
func (p P) Sum() int          { return p.x + p.y }
func (p P) Moved(d int) P     { p.x += d; return p }

type Wrapper struct {
	arr [3]P
	ptr *P
}

func main() {
	v := P{1, 2}
	v.Move(10, 10)
	println(v.x, v.y, v.Sum())
	pv := &v
	println(pv.Sum(), pv.Moved(5).x, v.x)
	w := Wrapper{ptr: &P{}}
	w.arr[1].Move(3, 4)
	w.ptr.Move(1, 1)
	println(w.arr[1].Sum(), w.ptr.Sum())
	ps := []P{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].Move(i, i)
	}
	for _, p := range ps {
		p.Move(100, 100)
	}
	println(ps[0].Sum(), ps[1].Sum())
	println(P{3, 4}.Sum(), P{3, 4}.Moved(1).Moved(1).x)
	var pp **P = &pv
	(*pp).Move(1, 0)
	println(v.x)
}
