package main

type Acc struct {
	total int
	hist  [4]int
}

func main() {
	var a Acc
	add := func(v int) {
		a.total += v
		a.hist[v%4]++
	}
	for i := 0; i < 10; i++ {
		add(i)
	}
	println(a.total, a.hist[0], a.hist[1], a.hist[3])
	b := a
	snapshot := func() int { return b.total }
	b.total = 1
	println(snapshot())
	arr := [3]int{1, 2, 3}
	double := func() {
		for i := range arr {
			arr[i] *= 2
		}
	}
	double()
	double()
	println(arr[0], arr[2])
	copyArr := arr
	get := func() [3]int { return copyArr }
	copyArr[0] = -1
	g := get()
	g[1] = -2
	println(copyArr[0], copyArr[1], g[0], g[1])
	s := "abc"
	app := func(x string) { s += x }
	app("d")
	app("e")
	println(s)
	var fs [3]func() int
	for i := range fs {
		j := i * i
		fs[i] = func() int { j++; return j }
	}
	println(fs[0](), fs[1](), fs[2](), fs[2]())
	p := &Acc{}
	inc := func() { p.total++ }
	inc()
	p = &Acc{total: 100}
	inc()
	println(p.total)
}
