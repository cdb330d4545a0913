package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	ws := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(ws)
	println(ws[0], ws[1], ws[2], ws[3])
	people := []struct {
		name string
		age  int
	}{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	println(people[0].name, people[1].name, people[2].name)
	println(sort.SearchInts(xs, 8), sort.IsSorted(ws))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	println(ss[0], ss[1], ss[2])
}
