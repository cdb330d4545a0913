package main

// Static initialisation puts slice literals and &T{} literals in static
// memory; heap values stored into them later must survive collections.

type Node struct {
	v    int
	next *Node
}

var names = []string{"a", "b", "c"}
var nodes = []*Node{{v: 1}, {v: 2}}
var head = &Node{v: 10}
var table = [][]int{{1, 2}, {3}}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func main() {
	for round := 0; round < 20; round++ {
		names[round%3] = "name" + itoa(round)
		nodes[round%2] = &Node{v: round, next: &Node{v: round * 2}}
		head.next = &Node{v: round + 100}
		table[round%2] = make([]int, round+1)
		table[round%2][round] = round
		// Garbage, to make the collector run.
		sink := 0
		for i := 0; i < 20000; i++ {
			b := make([]byte, 64)
			b[0] = byte(i)
			sink += int(b[0])
		}
		_ = sink
	}
	println(names[0], names[1], names[2])
	println(nodes[0].v, nodes[0].next.v, nodes[1].v, nodes[1].next.v)
	println(head.v, head.next.v, len(table[0]), table[0][18], len(table[1]), table[1][19])
}
