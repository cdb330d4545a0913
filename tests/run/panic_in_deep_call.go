package main

func f(n int, s []int) int {
	if n == 0 {
		return s[n+10]
	}
	return f(n-1, s) + 1
}

func main() {
	println(f(50, make([]int, 3)))
}
