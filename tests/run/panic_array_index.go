package main

func main() {
	var a [4]int
	for i := 0; i <= 4; i++ {
		a[i] = i
		println(i)
	}
}
