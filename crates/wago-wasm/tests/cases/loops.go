package main

import "fmt"

func main() {
	var i, s int64
	for i = 0; i < 10; i++ {
		if i == 3 {
			fmt.Println(i, s)
			continue
		}
		for j := int64(0); j < 10; j++ {
			if j > i {
				break
			}
			s += i * j
		}
		if s > 100 {
			break
		}
		fmt.Println(i, s)
	}
	fmt.Println(i, s)
}
