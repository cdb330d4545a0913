package main

// Constraints with ~ and unions: arithmetic on type parameters follows the
// type argument's core type (wrap-around of narrow integers, integer vs
// float division, unsigned shifts).

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) T {
	return Sum(xs...) / T(len(xs))
}

func Double[T Integer](x T) T { return x << 1 }
func Half[T Integer](x T) T   { return x >> 1 }
func Neg[T Number](x T) T     { return -x }
func Mod[T Integer](a, b T) T { return a % b }

type Score int16
type Ratio float32

func main() {
	println(Sum(1, 2, 3))
	println(Sum[int8](100, 27, 1))
	println(Sum[uint8](250, 10))
	println(Sum(1.5, 2.25))
	println(Sum[Score](30000, 3000))
	println(Sum(Ratio(0.5), Ratio(0.25)))
	println(Mean([]int{1, 2, 4}))
	println(Mean([]float64{1, 2, 4}))
	println(Double[int8](100), Double[uint8](200), Double(1<<40))
	println(Half[int8](-7), Half[uint8](255), Half(int64(-9)))
	println(Neg[int8](-128), Neg[uint8](1), Neg(2.5))
	println(Mod(-7, 3), Mod[uint](7, 3), Mod[Score](-8, 5))
}
