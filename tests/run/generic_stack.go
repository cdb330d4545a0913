package main

// A generic Stack[T] with pointer-receiver methods, used with several
// element types, including a struct.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

type point struct{ x, y int }

func main() {
	var ints Stack[int]
	for i := 1; i <= 5; i++ {
		ints.Push(i * 10)
	}
	println(ints.Len(), ints.Peek())
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		print(v, " ")
	}
	println()
	_, ok := ints.Pop()
	println(ok)

	s := &Stack[string]{}
	s.Push("a")
	s.Push("b")
	println(s.Peek(), s.Len())
	top, _ := s.Pop()
	println(top, s.Len())

	ps := new(Stack[point])
	ps.Push(point{1, 2})
	ps.Push(point{3, 4})
	p, _ := ps.Pop()
	q := ps.Peek()
	println(p.x, p.y, q.x, q.y)

	var fs Stack[float64]
	fs.Push(0.5)
	println(fs.Peek())
}
