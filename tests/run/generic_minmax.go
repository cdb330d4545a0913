package main

// Max and Min over a local cmp.Ordered-style constraint, for every kind of
// ordered type, named types included.

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = Max(m, v)
	}
	return m
}

type Celsius float64
type Name string

func main() {
	println(Max(3, 7), Min(3, 7))
	println(Max(-3, -7), Min(-3, -7))
	println(Max[int8](-128, 127), Min[int8](-128, 127))
	println(Max[uint8](200, 100), Min[uint16](65535, 1))
	println(Max(uint32(1)<<31, 5), Min(uint64(1)<<63, 5))
	println(Max(2.5, 1.25), Min(2.5, 1.25))
	println(Max(float32(0.1), float32(0.2)))
	println(Max("apple", "banana"), Min("apple", "banana"))
	println(Max(Celsius(21.5), Celsius(-4)))
	println(Max(Name("zoe"), Name("adam")))
	println(MaxOf(4, 9, 2, 8))
	println(MaxOf("x"))
	println(MaxOf(1.5, 2.5, -3.5))
	println(Min(uintptr(7), uintptr(3)))
}
