package main

func main() {
	var a *[4]int
	println(len(a))
	println(a[1])
}
