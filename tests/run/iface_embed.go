package main

// Method sets through embedding: promoted methods satisfy interfaces,
// embedded pointers, embedded interfaces in structs, interfaces embedding
// interfaces.

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Loud struct{ n int }

func (l *Loud) Greet() string { return "HELLO" }

type Person struct {
	Base
	*Loud
	age int
}

type Wrapper struct {
	Namer // an embedded interface
	extra string
}

type Override struct{ Base }

func (o Override) Name() string { return "override:" + o.Base.Name() }

func show(n Namer) { println(n.Name()) }

func main() {
	p := Person{Base{"ann"}, &Loud{1}, 30}
	show(p)
	show(&p)
	var g Greeter = p
	println(g.Name(), g.Greet())
	var n Namer = g
	println(n.Name())
	w := Wrapper{Base{"inner"}, "x"}
	show(w)
	show(&w)
	w2 := Wrapper{p, "y"}
	show(w2)
	show(Override{Base{"b"}})
	show(&Override{Base{"c"}})
}
