package main

type Getter interface{ Get() int }
type SGetter interface{ Get() string }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T any](v T) any { return v }

func main() {
	var g Getter = Box[int]{5}
	println(g.Get())
	var x any = Box[string]{"s"}
	if sg, ok := x.(SGetter); ok {
		println("sgetter", sg.Get())
	}
	_, ok := x.(Getter)
	println(ok)
	b := &Box[int]{1}
	var s interface{ Set(int) } = b
	s.Set(9)
	println(b.Get())
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}))
	println(Show(3).(int), Show("x").(string))
	switch v := Show(Box[int]{4}).(type) {
	case Box[string]:
		println("wrong")
	case Box[int]:
		println("box int", v.v)
	}
}
