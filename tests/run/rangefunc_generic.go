package main

import (
	"iter"
	"slices"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func Sum[T int | float64](seq iter.Seq[T]) T {
	var s T
	for v := range seq {
		s += v
	}
	return s
}

// First returns the first element of seq, if any.
func First[T any](seq iter.Seq[T]) (T, bool) {
	for v := range seq {
		return v, true
	}
	var zero T
	return zero, false
}

// Over ranges over a type parameter whose core type is a func.
func Over[S ~func(func(int) bool)](s S) int {
	n := 0
	for v := range s {
		n += v
	}
	return n
}

func main() {
	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	for i, s := range Enumerate(Map(evens, func(x int) string { return string(rune('a' + x)) })) {
		println(i, s)
	}
	println("sum", Sum(Count(5)))
	println("fsum", Sum(Map(Count(4), func(x int) float64 { return float64(x) / 2 })))
	v, ok := First(Filter(Count(10), func(x int) bool { return x > 6 }))
	println("first", v, ok)
	_, ok = First(Count(0))
	println("none", ok)
	println("over", Over(func(yield func(int) bool) { _ = yield(3) && yield(4) }))

	words := []string{"go", "wasm", "rust"}
	for i, w := range slices.All(words) {
		println("all", i, w)
	}
	for w := range slices.Values(words) {
		println("value", w)
	}
	for i, w := range slices.Backward(words) {
		println("backward", i, w)
	}
	sorted := slices.Sorted(slices.Values([]int{3, 1, 2}))
	println(len(sorted), sorted[0], sorted[1], sorted[2])
	collected := slices.Collect(Map(Count(3), func(x int) int { return x * x }))
	println(len(collected), collected[2])
}
