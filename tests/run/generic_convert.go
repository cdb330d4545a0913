package main

// Type parameters in conversions, composite literals, new, make, len, cap
// and append: each instance uses its type argument's representation.

type Number interface {
	~int8 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Triple[T any](a, b, c T) [3]T { return [3]T{a, b, c} }

func Fill[T any](n int, v T) []T {
	s := make([]T, 0, n)
	for len(s) < cap(s) {
		s = append(s, v)
	}
	return s
}

func Ptr[T any](v T) *T {
	p := new(T)
	*p = v
	return p
}

type Cell[T any] struct {
	val  T
	list []T
	m    map[string]T
}

func MakeCell[T any](v T) Cell[T] {
	return Cell[T]{val: v, list: []T{v, v}, m: map[string]T{"k": v}}
}

func Bytes[S ~string](s S) []byte { return []byte(s) }
func Str[B ~[]byte](b B) string  { return string(b) }

type MyStr string

func main() {
	f := Convert[int64, float64]([]int64{1, -2, 3})
	println(f[0], f[1], f[2])
	b := Convert[float64, uint8]([]float64{1.9, 255})
	println(b[0], b[1])
	w := Convert[int32, int8]([]int32{300, -129})
	println(w[0], w[1])
	h := Convert[uint8, float32]([]uint8{200})
	println(h[0])
	t := Triple("a", "b", "c")
	println(len(t), t[0]+t[1]+t[2])
	tf := Triple(1.5, 2, 3)
	println(tf[2])
	s := Fill(3, int16(-7))
	println(len(s), cap(s), s[2])
	p := Ptr(MyStr("ptr"))
	println(*p)
	pp := Ptr(Ptr(42))
	println(**pp)
	c := MakeCell(2.5)
	println(c.val, len(c.list), c.list[1], c.m["k"])
	cs := MakeCell("s")
	println(cs.val, cs.m["k"], cs.m["none"] == "")
	bs := Bytes(MyStr("hey"))
	println(len(bs), bs[0])
	println(Str(bs[1:]))
}
