package main

var a = b + 1
var b = f()
var c, d = 3, "four"
var table = []int{1, 2, 3}
var counter int

func f() int {
	counter++
	return 10
}

func init() {
	counter += 100
	println("init 1", a, b)
}

func init() {
	println("init 2", counter)
}

func main() {
	println(a, b, c, d, len(table), counter)
}
