package main

// Untyped constants converted to a type parameter take the instance's type
// argument (not the first term of the constraint).

func bool2[T ~int | ~uint32 | ~uint64](b bool) T {
	if b {
		return 1
	}
	return 0
}

func big[T ~int8 | ~int64]() T {
	var x T = 100
	return x * 2
}

func main() {
	println(bool2[uint32](true), bool2[uint64](false), bool2[int](true))
	println(big[int8](), big[int64]())
}
