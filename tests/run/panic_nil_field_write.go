package main

type T struct {
	a, b int
	next *T
}

func main() {
	t := &T{}
	println(t.next == nil)
	t.next.b = 5
}
