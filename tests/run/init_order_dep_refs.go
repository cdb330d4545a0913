package main

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var x, y = pair()

var total = sumAll()

func pair() (int, int) {
	println("pair")
	return a * 10, b * 10
}

func f(name string, v int) int {
	println("init", name, v, d)
	return v + d
}

func sumAll() int {
	println("sumAll", a, b, c, x, y)
	return a + b + c + x + y
}

func init() {
	println("init 1", total)
	total++
}

var late = func() int {
	println("late", total)
	return total * 2
}()

func init() {
	println("init 2", total, late)
}

func main() {
	println("main", a, b, c, d, x, y, total, late)
}
