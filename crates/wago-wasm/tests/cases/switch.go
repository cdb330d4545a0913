package main

import "fmt"

func classify(x int32) int32 {
	switch x {
	case 0, 2:
		return 10
	case 1:
		return 20
	case 3:
		return x + 1000
	case 4:
		return 100 + 1000
	case 5:
		_ = x * 7
	}
	return -1
}

func main() {
	for i := int32(-2); i < 8; i++ {
		fmt.Println(classify(i))
	}
}
