package main

func main() {
	var x any = "text"
	println(x.(string))
	println(x.(int))
}
