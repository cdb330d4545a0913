package main

type Counts map[string]int

type Holder struct {
	name string
	m    map[int]string
}

var global = map[string]int{"one": 1, "two": 2, "three": 3}

func inc(c Counts, word string) {
	c[word]++
}

func build(n int) map[int]int {
	m := make(map[int]int, n)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	return m
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

func main() {
	m := make(map[int]int)
	println(len(m), m == nil)
	m[1] = 10
	m[2] = 20
	m[1] += 5
	m[3]++
	m[2]--
	m[4] *= 7
	m[5] = 9
	m[5] <<= 2
	println(len(m), m[1], m[2], m[3], m[4], m[5], m[6])

	v, ok := m[2]
	println(v, ok)
	v, ok = m[99]
	println(v, ok)
	_, ok = m[1]
	println(ok)
	if x, found := m[3]; found {
		println("found", x)
	}

	delete(m, 2)
	delete(m, 42)
	println(len(m), m[2])
	clear(m)
	println(len(m), m[1])

	// The right-hand side is evaluated before the entry exists.
	e := map[int]int{}
	e[7] = len(e)
	println(e[7], len(e))

	s := map[string]string{"a": "x", "b": "y"}
	s["c"] = s["a"] + s["b"]
	s["c"] += "!"
	println(len(s), s["c"], s["zz"] == "")

	// Equal strings in different memory are the same key.
	keys := map[string]int{}
	for i := 0; i < 50; i++ {
		keys[itoa(i%10)] += i
	}
	println(len(keys), keys["0"], keys["9"], keys[itoa(3)])

	c := Counts{}
	for _, w := range []string{"go", "wasm", "go", "rust", "go"} {
		inc(c, w)
	}
	println(len(c), c["go"], c["wasm"], c["rust"], c["zig"])

	h := Holder{name: "h", m: map[int]string{1: "uno"}}
	h.m[2] = "dos"
	println(h.name, len(h.m), h.m[1], h.m[2])

	sq := build(20)
	println(len(sq), sq[0], sq[7], sq[19], sq[20])

	println(global["one"], global["two"], global["three"], len(global))
	global["four"] = 4
	println(len(global), global["four"])

	nested := map[string]map[string]int{}
	nested["a"] = map[string]int{"x": 1}
	nested["a"]["y"] = 2
	println(len(nested), len(nested["a"]), nested["a"]["x"]+nested["a"]["y"], len(nested["b"]))

	lists := map[int][]int{}
	for i := 0; i < 10; i++ {
		lists[i%3] = append(lists[i%3], i)
	}
	println(len(lists[0]), len(lists[1]), len(lists[2]), lists[2][2])

	ptr := &map[string]bool{"t": true}
	(*ptr)["f"] = false
	println(len(*ptr), (*ptr)["t"], (*ptr)["f"])

	var nilMap map[string]int
	println(nilMap == nil, len(nilMap), nilMap["x"])
	n2, ok2 := nilMap["x"]
	println(n2, ok2)
	delete(nilMap, "x")
	clear(nilMap)
	nilMap = map[string]int{"now": 1}
	println(nilMap == nil, len(nilMap))

	b := map[bool]string{true: "yes", false: "no"}
	println(b[1 < 2], b[2 < 1])
}
