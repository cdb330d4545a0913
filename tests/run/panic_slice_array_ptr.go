package main

func main() {
	a := &[3]string{"a", "b", "c"}
	lo := 4
	println(len(a[lo:]))
}
