package main

type Inner struct {
	A int8
	B string
	C [2]int16
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Flag  bool
	Score float64
}

func modify(o Outer) Outer {
	o.In.A = 99
	o.In.C[1] = -1
	o.Ptr.A = 55
	o.List[0].B = "changed"
	return o
}

func main() {
	shared := &Inner{A: 1, B: "shared"}
	o := Outer{Name: "o", In: Inner{2, "in", [2]int16{3, 4}}, Ptr: shared, List: []Inner{{B: "l0"}}, Score: 1.5}
	o2 := modify(o)
	println(o.In.A, o.In.C[1], o2.In.A, o2.In.C[1])
	println(o.Ptr.A, o2.Ptr.A, o.List[0].B, o.Name, o2.Flag, o2.Score)
	o3 := o
	o3.Name = "o3"
	o3.In.B = "in3"
	println(o.Name, o.In.B, o3.Name, o3.In.B)
	var zero Outer
	println(zero.Name == "", zero.In.A, zero.Ptr == nil, zero.List == nil, zero.Score)
	arr := [2]Outer{o, o3}
	arr[0].In.A = 7
	println(o.In.A, arr[0].In.A, arr[1].Name)
	in := o.In
	in.C[0] = 100
	println(o.In.C[0], in.C[0])
}
