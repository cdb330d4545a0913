package main

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c Counter) Label(prefix string) string { return prefix + c.name }

type Celsius float64

type Num int

func (n Num) Double() Num { return n * 2 }

func call(f func()) { f() }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc
	inc()
	inc()
	call(c.Inc)
	println(c.n)
	get := c.Get
	c.n = 100
	println(get(), c.Get())
	label := c.Label
	println(label("x-"))
	f := Counter.Get
	println(f(c))
	g := (*Counter).Inc
	g(&c)
	println(c.n)
	n := Num(21)
	d := n.Double
	println(d())
	p := &c
	pg := p.Get
	p.n = 7
	println(pg(), p.Get())
}
