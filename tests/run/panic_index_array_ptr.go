package main

func main() {
	a := &[2]int{1, 2}
	i := -2
	println(a[i])
}
