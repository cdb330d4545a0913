package main

func pair() struct{ a, b int } { return struct{ a, b int }{3, 4} }

func main() {
	p := struct {
		Name string
		Age  int
	}{"ann", 30}
	println(p.Name, p.Age)
	var q struct {
		X, Y int
		Tags []string
	}
	q.X = 5
	q.Tags = append(q.Tags, "t")
	println(q.X, q.Y, len(q.Tags))
	list := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}, {"c", 3}}
	sum := 0
	for _, e := range list {
		sum += e.v
		print(e.k)
	}
	println(" ", sum)
	r := pair()
	println(r.a + r.b)
	nest := struct {
		In struct{ V [2]int }
	}{}
	nest.In.V[1] = 9
	c := nest
	c.In.V[1] = 10
	println(nest.In.V[1], c.In.V[1])
	var e struct{}
	es := []struct{}{e, {}, {}}
	println(len(es))
	ptr := &struct{ n int }{41}
	ptr.n++
	println(ptr.n)
}
