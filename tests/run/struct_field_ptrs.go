package main

type Vec struct{ X, Y, Z float64 }
type Body struct {
	Pos, Vel Vec
	Mass     float64
	tag      byte
}

func scale(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func inc(p *int) { *p++ }

func main() {
	b := Body{Pos: Vec{1, 2, 3}, Vel: Vec{-1, 0, 1}, Mass: 10}
	scale(&b.Pos, 2)
	println(b.Pos.X, b.Pos.Y, b.Pos.Z)
	pm := &b.Mass
	*pm = 20
	println(b.Mass)
	pz := &b.Vel.Z
	*pz += 5
	println(b.Vel.Z)
	pb := &b
	pb.Vel.X = 8
	(*pb).tag = 'q'
	println(b.Vel.X, b.tag)
	type counter struct{ n, m int }
	cs := []counter{{}, {}, {}}
	for i := range cs {
		inc(&cs[i].n)
		inc(&cs[i].m)
		inc(&cs[i].m)
	}
	println(cs[0].n, cs[2].m)
	p := &cs[1]
	cs = append(cs, counter{})
	p.n = 50
	println(p.n)
	arr := [3]Vec{}
	q := &arr[1].Y
	*q = 3.5
	println(arr[1].Y)
	bp := new(Body)
	bp.Pos.Z = 1
	vp := &bp.Pos
	vp.Z *= 4
	println(bp.Pos.Z)
}
