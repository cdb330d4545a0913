package main

type Point struct{ X, Y int }

type Counts map[string]int

func (c Counts) Add(w string) { c[w]++ }

func (c Counts) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

var trace string

func key(s string) string {
	trace += "k" + s
	return s
}

func val(s string) int {
	trace += "v" + s
	return len(s)
}

func main() {
	neg := -5
	mk := make(map[int]int, neg)
	mk[1] = 1
	println(len(mk))

	c := Counts{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	println(c.Total(), len(c))

	pm := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	println(pm[Point{1, 2}], pm[Point{3, 4}])

	one := 1
	dup := map[int]string{one: "first", 2: "x", one * 1: "second"}
	println(len(dup), dup[1])

	m := map[string]int{}
	m[key("a")] = val("bb")
	m[key("c")], m[key("d")] = val("e"), val("fff")
	println(trace, m["a"], m["c"], m["d"])

	fns := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	println(fns["double"](4), fns["square"](5), fns["none"] == nil)

	var getters []func() int
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		getters = append(getters, func() int { return k + v })
	}
	s := 0
	for _, g := range getters {
		s += g()
	}
	println(s)

	counter := map[string]int{}
	add := func(w string) { counter[w]++ }
	add("x")
	add("x")
	println(counter["x"])

	var nm map[string]int
	println("deferred")
	nm["a"] += 1
}
