package main

import "fmt"

func main() {
	a, b := int64(0), int64(1)
	for i := 0; i < 40; i++ {
		a, b = b, a+b
	}
	fmt.Println(a)
	x, y := int64(7), int64(11)
	for n := 5; ; {
		fmt.Println(x, y)
		n--
		if n == 0 {
			break
		}
		x, y = y, x
	}
}
