package main

import (
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	for _, k := range keys {
		println(k, m[k])
	}
	n := 0
	for _, v := range maps.All(m) {
		n += v
	}
	println(n)
}
