package main

type Node struct {
	val  any
	next *Node
}

type S struct {
	a, b int
	s    string
}

func (s S) String() string { return s.s }

type Str interface{ String() string }

func main() {
	var head *Node
	m := map[any]any{}
	sum := 0
	for i := 0; i < 300000; i++ {
		var v any
		switch i % 4 {
		case 0:
			v = i
		case 1:
			v = S{i, i * 2, "s"}
		case 2:
			v = &S{i, 1, "p"}
		case 3:
			v = []int{i, i}
		}
		if i%100 == 0 {
			head = &Node{v, head}
			m[i] = v
		}
		switch x := v.(type) {
		case int:
			sum += x
		case S:
			sum += x.a + len(x.String())
		case *S:
			sum += x.b
		case []int:
			sum += len(x)
		}
	}
	n := 0
	for p := head; p != nil; p = p.next {
		if s, ok := p.val.(Str); ok {
			n += len(s.String())
		}
		n++
	}
	cnt := 0
	for k, v := range m {
		if k.(int)%400 == 0 {
			cnt += v.(int) / 400
		}
	}
	println(sum, n, len(m), cnt)
}
