// defer delete(m, k): the map and key are evaluated at the defer
// statement, the deletion runs when the function returns (also when it
// panics), as encoding/json's cycle detection uses it.
package main

type key struct {
	a int
	b string
}

func visit(seen map[string]bool, name string) bool {
	if seen[name] {
		return false
	}
	seen[name] = true
	defer delete(seen, name)
	println("visiting", name, len(seen))
	return true
}

func structKeys(m map[key]int) {
	k := key{1, "x"}
	defer delete(m, k)
	k.a = 2 // the deferred call deleted the key as it was at the defer
	println(len(m), m[key{1, "x"}])
}

func panics(m map[int]int) {
	defer func() { println("recovered:", recover() != nil, len(m)) }()
	defer delete(m, 7)
	panic("boom")
}

func main() {
	seen := map[string]bool{}
	println(visit(seen, "a"), len(seen))
	seen["b"] = true
	println(visit(seen, "b"), len(seen))
	m := map[key]int{{1, "x"}: 10, {2, "x"}: 20}
	structKeys(m)
	println(len(m), m[key{2, "x"}])
	im := map[int]int{7: 1, 8: 2}
	panics(im)
	println(len(im))
	var nilMap map[string]int
	func() { defer delete(nilMap, "k") }()
	println("nil map delete ok")
}
