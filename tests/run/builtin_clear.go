// The clear builtin on slices (elements become zero values, length
// unchanged) and maps (emptied), through subslices and nil values.
package main

type pt struct {
	x, y int32
	name string
}

func main() {
	ints := []int{1, 2, 3, 4, 5}
	clear(ints[1:3])
	println(ints[0], ints[1], ints[2], ints[3], len(ints))
	ps := []*int{new(int), new(int)}
	*ps[0] = 7
	clear(ps)
	println(ps[0] == nil, ps[1] == nil, len(ps), cap(ps))
	pts := make([]pt, 3, 10)
	pts[2] = pt{1, 2, "two"}
	clear(pts)
	println(pts[2].x, pts[2].name == "", len(pts))
	var none []string
	clear(none)
	var arr [4]byte = [4]byte{9, 9, 9, 9}
	clear(arr[:2])
	println(arr[0], arr[1], arr[2], arr[3])
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m))
	m["c"] = 3
	println(len(m), m["c"])
	var nilMap map[int]int
	clear(nilMap)
	println(len(nilMap))
}
