package main

import "slices"

func main() {
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	println(xs[0], xs[1], xs[2], slices.Index(xs, 2), slices.Contains(xs, 5))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	println(ys[0], slices.Max(ys), slices.Min(ys), slices.Equal(xs, ys))
	i, found := slices.BinarySearch(xs, 3)
	println(i, found)
}
