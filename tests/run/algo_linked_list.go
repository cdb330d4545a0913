package main

type Node struct {
	val  int
	next *Node
}

type List struct {
	head, tail *Node
	size       int
}

func (l *List) PushBack(v int) {
	n := &Node{val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.next = n
	}
	l.tail = n
	l.size++
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	l.tail = cur
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) RemoveIf(pred func(int) bool) {
	pp := &l.head
	for *pp != nil {
		if pred((*pp).val) {
			*pp = (*pp).next
			l.size--
		} else {
			pp = &(*pp).next
		}
	}
	l.tail = nil
	for n := l.head; n != nil; n = n.next {
		l.tail = n
	}
}

func (l *List) Print() {
	for n := l.head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println("size", l.size)
}

func main() {
	var l List
	for i := 1; i <= 10; i++ {
		l.PushBack(i * i)
	}
	l.Print()
	l.Reverse()
	l.Print()
	l.RemoveIf(func(v int) bool { return v%2 == 0 })
	l.Print()
	l.PushBack(1000)
	l.Print()
	var empty List
	empty.Reverse()
	empty.Print()
}
