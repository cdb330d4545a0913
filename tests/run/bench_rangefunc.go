package main

import "iter"

// Iterator pipelines: a range-over-func loop per stage, the body closures
// called millions of times.

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func filter(seq iter.Seq[int], keep func(int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func square(seq iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range seq {
			if !yield(v * v % 1000003) {
				return
			}
		}
	}
}

type tree struct {
	left, right *tree
	val         int
}

func build(lo, hi int) *tree {
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &tree{build(lo, mid-1), build(mid+1, hi), mid}
}

func (t *tree) all(yield func(int) bool) bool {
	return t == nil || t.left.all(yield) && yield(t.val) && t.right.all(yield)
}

func (t *tree) All(yield func(int) bool) { t.all(yield) }

func main() {
	sum := 0
	for v := range square(filter(count(3000000), func(x int) bool { return x%3 != 0 })) {
		sum = (sum + v) % 1000000007
	}
	println("pipeline", sum)
	t := build(0, 1<<16)
	total, n := 0, 0
	for round := range 20 {
		for v := range t.All {
			if v > 60000 {
				break
			}
			total += v ^ round
			n++
		}
	}
	println("tree", total, n)
	pairs := 0
	for i := range count(1500) {
		for j := range count(1500) {
			if j > i {
				break
			}
			if (i+j)%7 == 0 {
				pairs++
			}
		}
	}
	println("pairs", pairs)
}
