package p

type Stringer interface {
	String() string
}

type S struct{}

func (S) String() string { return "S" }

type P struct{}

func (*P) String() string { return "P" }

type Inner struct{ A int }

func (Inner) M() {}

type Outer struct {
	Inner
	B int
}

var _ Stringer = S{}
var _ Stringer = &P{}
var _ Stringer = P{} // ERROR "cannot use P{} (value of struct type P) as Stringer value in variable declaration: P does not implement Stringer (method String has pointer receiver)"
var _ Stringer = 1 // ERROR "cannot use 1 (constant of type int) as Stringer value in variable declaration: int does not implement Stringer (missing method String)"

func promoted() {
	var o Outer
	o.M()
	_ = o.A + o.B
	var s Stringer = S{}
	_ = s.String()
	if v, ok := s.(S); ok {
		_ = v
	}
	_ = s.(int) // ERROR "impossible type assertion: s.(int)"
}

type Rec struct {
	next *Rec
	val  int
}

type Bad struct { // ERROR "invalid recursive type"
	b Bad
}
