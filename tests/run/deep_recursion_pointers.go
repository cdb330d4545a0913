// Recursion a million calls deep with a pointer live across each call:
// the shadow stack that keeps such pointers visible to the collector
// grows as Go's goroutine stacks do (it started at 16Ki slots), and the
// collector runs meanwhile.
package main

type node struct {
	next *node
	v    int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, i}
	}
	return head
}

// sum keeps p live across the recursive call.
func sum(p *node) int {
	if p == nil {
		return 0
	}
	s := sum(p.next)
	garbage := make([]byte, 64) // allocation: collections happen mid-recursion
	_ = garbage
	return s + p.v
}

func depth(p *node, d int) int {
	if p == nil {
		return d
	}
	q := &node{v: d}
	r := depth(p.next, d+1)
	return r + q.v - d
}

func main() {
	println(sum(build(1000)))
	println(sum(build(1000000)))
	println(depth(build(300000), 0))
}
