package main

var table = buildTable()

var squares [10]int

var (
	first  = next()
	second = next()
	third  = first + second + next()
)

var counter int

var names = []string{"x", "y", "z"}
var joined = join(names)

func next() int {
	counter++
	return counter
}

func join(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func buildTable() []int {
	t := make([]int, 5)
	for i := range t {
		t[i] = i * i * i
	}
	return t
}

func init() {
	for i := range squares {
		squares[i] = i * i
	}
}

func init() {
	names = append(names, "w")
	println("second init", len(names), joined)
}

func main() {
	println(table[4], squares[9], first, second, third, counter, joined, len(names))
}
