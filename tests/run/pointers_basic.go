package main

type Node struct {
	Val  int
	Next *Node
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	p := &x
	pp := &p
	**pp = 10
	println(x, *p == **pp, p == &x)
	var head *Node
	for i := 0; i < 5; i++ {
		push(&head, i)
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	a, b := newInt(3), newInt(3)
	println(a == b, *a == *b)
	*a = 4
	println(*a, *b)
	var np *int
	println(np == nil)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	println(s[1])
	arr := [3]int{}
	pa := &arr
	pa[2] = 5
	println(arr[2], len(pa))
	q := new(int)
	*q += 7
	println(*q)
	fp := new([]string)
	*fp = append(*fp, "x")
	println(len(*fp))
}
