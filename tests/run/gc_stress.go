package main

// A garbage collector stress test: millions of short-lived objects of
// many sizes while a large live set (a binary tree and a linked list of
// about 1e5 nodes, a map of pointers, a growing slice of pointers,
// closures holding pointers) must survive every collection intact. The
// checksums printed at the end depend on every live object's contents.

type node struct {
	left, right *node
	key         int
	name        string
}

type cell struct {
	next *cell
	val  int64
	data []byte
}

type pair struct {
	a, b *cell
	tag  string
}

func insert(t *node, key int, name string) *node {
	if t == nil {
		return &node{key: key, name: name}
	}
	if key < t.key {
		t.left = insert(t.left, key, name)
	} else {
		t.right = insert(t.right, key, name)
	}
	return t
}

func sumTree(t *node) int {
	s := 0
	for t != nil {
		s += t.key + len(t.name) + sumTree(t.left)
		t = t.right
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// churn makes short-lived garbage of several shapes and returns a value
// computed from it.
func churn(i int) int {
	c := &cell{val: int64(i), data: make([]byte, 8+i%64)}
	c.data[0] = byte(i)
	p := &pair{a: c, b: &cell{next: c, val: 2}, tag: itoa(i % 1000)}
	s := []*cell{p.a, p.b}
	s = append(s, &cell{val: 3})
	f := func() int64 { return p.a.val + p.b.val + s[2].val }
	return int(f()) + len(p.tag) + int(c.data[0])
}

func main() {
	// The live set: a tree of 1e5 nodes with random keys.
	var root *node
	x := uint32(12345)
	for i := 0; i < 100000; i++ {
		x = x*1664525 + 1013904223
		root = insert(root, int(x>>8), itoa(i))
	}
	// A list of 1e5 cells, each with its own bytes.
	var list *cell
	for i := 0; i < 100000; i++ {
		list = &cell{next: list, val: int64(i), data: []byte(itoa(i))}
	}
	// A map of pointers and a growing slice of pointers.
	m := make(map[int]*cell)
	var keep []*pair
	var fns []func() int64
	total := 0
	for i := 0; i < 3000000; i++ {
		total += churn(i)
		if i%100 == 0 {
			c := &cell{val: int64(i), data: []byte(itoa(i))}
			m[(i/100)%5000] = c
			keep = append(keep, &pair{a: c, tag: itoa(i)})
			if len(keep) > 20000 {
				keep = append([]*pair(nil), keep[10000:]...)
			}
		}
		if i%1000 == 0 {
			c := &cell{val: int64(i)}
			fns = append(fns, func() int64 { return c.val })
		}
	}
	println("churn", total)
	println("tree", sumTree(root))
	ls := int64(0)
	for c := list; c != nil; c = c.next {
		ls += c.val + int64(len(c.data))
	}
	println("list", ls)
	ms := int64(0)
	for k, c := range m {
		ms += int64(k) ^ c.val + int64(len(c.data))
	}
	println("map", len(m), ms)
	ks := 0
	for _, p := range keep {
		ks += int(p.a.val) + len(p.tag)
	}
	println("keep", len(keep), ks)
	fs := int64(0)
	for _, f := range fns {
		fs += f()
	}
	println("closures", len(fns), fs)
}
