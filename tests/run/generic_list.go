package main

// A recursive generic type: a linked list whose nodes point to nodes of
// the same instance, with methods that walk it.

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

func main() {
	var l List[int]
	for i := 0; i < 5; i++ {
		l.PushFront(i)
	}
	l.Each(func(v int) { print(v, " ") })
	println(l.size)
	l.Reverse()
	l.Each(func(v int) { print(v, " ") })
	println()

	var s List[string]
	s.PushFront("world")
	s.PushFront("hello")
	s.Each(func(v string) { print(v, " ") })
	println()

	t := &Tree[string]{Val: "root", Left: &Tree[string]{Val: "l"}, Right: &Tree[string]{Val: "r", Left: &Tree[string]{}}}
	println(t.Size(), t.Right.Val)
}
