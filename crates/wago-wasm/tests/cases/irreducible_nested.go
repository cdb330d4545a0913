package main

import "fmt"

func run(k int32) {
	var x int64
	if k != 0 {
		goto B
	}
A:
	x += 1
	fmt.Println(100 + x)
	goto C
B:
	x += 2
	fmt.Println(200 + x)
	goto E
C:
	x += 3
	fmt.Println(300 + x)
	if x >= 30 {
		fmt.Println(x)
		return
	}
E:
	x += 5
	fmt.Println(400 + x)
	if x%2 == 0 {
		goto C
	}
	goto A
}

func main() {
	run(0)
	run(1)
}
