package main

func main() {
	var m map[string]int
	println(len(m), m["a"])
	v, ok := m["b"]
	println(v, ok)
	for range m {
		println("never")
	}
	delete(m, "a")
	println("before")
	m["a"] = 1
	println("after")
}
