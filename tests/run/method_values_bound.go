package main

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c Counter) Get() int    { return c.n }
func (c *Counter) Add(k int)  { c.n += k }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	println(c.n)
	get := c.Get
	c.Inc()
	println(get(), c.Get())
	add := c.Add
	add(10)
	println(c.n)
	v := Counter{5}
	vget := v.Get
	v.n = 50
	println(vget(), v.Get())
	pinc := v.Inc
	pinc()
	println(v.n)
	fexpr := (*Counter).Add
	fexpr(c, 100)
	println(c.n)
	gexpr := Counter.Get
	println(gexpr(v))
	temp := Celsius(100)
	tf := temp.F
	temp = 0
	println(tf(), temp.F())
	fs := []func(){c.Inc, c.Inc, v.Inc}
	for _, f := range fs {
		f()
	}
	println(c.n, v.n)
}
