package main

// Generic recursion: a generic quicksort and merge sort calling
// themselves, and a recursive generic binary search tree.

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func QuickSort[T Ordered](s []T) {
	if len(s) < 2 {
		return
	}
	p := s[len(s)/2]
	i, j := 0, len(s)-1
	for i <= j {
		for s[i] < p {
			i++
		}
		for s[j] > p {
			j--
		}
		if i <= j {
			s[i], s[j] = s[j], s[i]
			i++
			j--
		}
	}
	QuickSort(s[:j+1])
	QuickSort(s[i:])
}

func MergeSort[T Ordered](s []T) []T {
	if len(s) <= 1 {
		return s
	}
	a := MergeSort(s[:len(s)/2])
	b := MergeSort(s[len(s)/2:])
	out := make([]T, 0, len(s))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out = append(out, a[0])
			a = a[1:]
		} else {
			out = append(out, b[0])
			b = b[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

type BST[T Ordered] struct {
	root *bnode[T]
}

type bnode[T Ordered] struct {
	v    T
	l, r *bnode[T]
}

func insert[T Ordered](n *bnode[T], v T) *bnode[T] {
	if n == nil {
		return &bnode[T]{v: v}
	}
	if v < n.v {
		n.l = insert(n.l, v)
	} else {
		n.r = insert(n.r, v)
	}
	return n
}

func (t *BST[T]) Insert(v T) { t.root = insert(t.root, v) }

func (n *bnode[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.l.walk(f)
	f(n.v)
	n.r.walk(f)
}

func (n *bnode[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.l.height(), n.r.height())
}

func main() {
	xs := []int{5, 2, 9, 1, 5, 6, -3}
	QuickSort(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	ss := MergeSort([]string{"pear", "apple", "fig", "kiwi"})
	for _, s := range ss {
		print(s, " ")
	}
	println()
	fs := []float64{2.5, -1, 0.5}
	QuickSort(fs)
	println(fs[0], fs[1], fs[2])
	var t BST[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		t.Insert(w)
	}
	t.root.walk(func(s string) { print(s) })
	println(" ", t.root.height())
}
