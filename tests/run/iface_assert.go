package main

// Type assertions: concrete and interface targets, comma-ok forms,
// interface-to-interface conversions.

type I interface{ M() int }
type J interface {
	M() int
	N() int
}
type T int
type U struct{ a, b int }

func (t T) M() int  { return int(t) }
func (t T) N() int  { return int(t) * 2 }
func (u *U) M() int { return u.a + u.b }

func main() {
	var x any = T(5)
	t, ok := x.(T)
	println(t, ok)
	_, ok = x.(int)
	println(ok)
	i, ok := x.(I)
	println(ok, i.M())
	j, ok := x.(J)
	println(ok, j.N())
	var i2 I = &U{1, 2}
	_, ok = i2.(J)
	println(ok)
	u := i2.(*U)
	println(u.a, u.b)
	var back any = i2
	println(back.(I).M())
	var jj J = T(7)
	var ii I = jj
	println(ii.M(), ii.(J).N())
	s := any("str")
	if v, ok := s.(string); ok {
		println("string", v, len(v))
	}
	var nothing any
	_, ok = nothing.(I)
	println(ok)
	f, ok := nothing.(float64)
	println(f, ok)
	arr := any([3]int{1, 2, 3})
	a := arr.([3]int)
	println(a[0], a[1], a[2])
	st := any(U{3, 4})
	println(st.(U).a, st.(U).b)
}
