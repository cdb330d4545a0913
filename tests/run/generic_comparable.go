package main

// comparable type parameters: == and != follow the type argument's
// representation (integers, floats with NaN, strings, pointers, bools).

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func Dedup[T comparable](xs []T) []T {
	var out []T
	for _, x := range xs {
		if Index(out, x) < 0 {
			out = append(out, x)
		}
	}
	return out
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

type id uint16

func main() {
	println(Index([]int{5, 6, 7}, 7), Index([]string{"a", "b"}, "c"))
	println(Index([]id{1, 2}, 2), Index([]bool{false, true}, true))
	nan := 0.0
	nan = nan / nan
	println(Index([]float64{1, nan}, nan), Index([]float32{-0.0, 1}, 0))
	x, y := 1, 1
	println(Index([]*int{&x, &y}, &y))
	println(Equal([]string{"a"}, []string{"a"}), Equal([]int{1, 2}, []int{1, 3}))
	d := Dedup([]int8{3, 1, 3, -1, 1})
	println(len(d), d[0], d[1], d[2])
	println(IsZero(0), IsZero("x"), IsZero[*int](nil), IsZero(id(0)), IsZero(0.5))
}
