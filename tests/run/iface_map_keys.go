package main

// Maps keyed by interfaces and by structs holding interfaces.

type key struct {
	a any
	n int
}

type Color int

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int8(1)] = "int8 1"
	m["1"] = "string 1"
	m[1.5] = "float"
	m[Color(1)] = "color"
	m[[2]int{1, 2}] = "array"
	m[struct{ x, y int }{1, 2}] = "struct"
	println(len(m), m[1], m[int8(1)], m["1"], m[1.5], m[Color(1)], m[[2]int{1, 2}], m[struct{ x, y int }{1, 2}])
	delete(m, "1")
	_, ok := m["1"]
	println(len(m), ok)
	var nilKey any
	m[nilKey] = "nil"
	println(m[nil], len(m))
	s := map[key]int{}
	s[key{"a", 1}] = 10
	s[key{"a", 2}] = 20
	s[key{1, 1}] = 30
	s[key{"a", 1}] += 5
	println(len(s), s[key{"a", 1}], s[key{"a", 2}], s[key{1, 1}])
	sum := 0
	for k, v := range s {
		sum += k.n + v
	}
	println(sum)
	p := &key{}
	pm := map[any]int{p: 1}
	println(pm[p], pm[&key{}])
}
