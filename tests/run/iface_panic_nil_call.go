package main

type I interface{ M() int }

func main() {
	var i I
	println("calling")
	println(i.M())
}
