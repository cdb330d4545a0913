package main

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func walk(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	var root *Tree
	x := 1
	for i := 0; i < 2000; i++ {
		x = x * 1103515245 % 2147483648
		root = insert(root, x%500)
	}
	n, total, prev, sorted := 0, 0, -1, true
	walk(root, func(t *Tree) {
		n++
		total += t.Count
		if t.Key <= prev {
			sorted = false
		}
		prev = t.Key
	})
	println(n, total, sorted, height(root) < 40)
	var small *Tree
	for _, k := range []int{5, 3, 8, 1, 4, 7, 9, 3} {
		small = insert(small, k)
	}
	walk(small, func(t *Tree) { print(t.Key, "x", t.Count, " ") })
	println(height(small))
}
