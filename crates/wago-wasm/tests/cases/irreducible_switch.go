package main

import "fmt"

func run(k int32) {
	var x int64
	switch k {
	case 0:
		goto A
	case 1:
		goto B
	case 2:
		goto C
	}
	goto End
A:
	x += 1
	fmt.Println(100 + x)
	if x >= 20 {
		goto End
	}
	goto B
B:
	x += 2
	fmt.Println(200 + x)
	if x%3 == 0 {
		goto A
	}
	goto C
C:
	x += 3
	fmt.Println(300 + x)
	if x >= 20 {
		goto End
	}
	goto A
End:
}

func main() {
	for k := int32(0); k < 4; k++ {
		run(k)
	}
}
