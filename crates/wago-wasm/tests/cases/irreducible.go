package main

import "fmt"

func run(start int64) {
	var i, n int64
	if start&1 != 0 {
		goto L2
	}
L1:
	n += 1
	i++
L2:
	n += 10
	i++
	if i < 7 {
		goto L1
	}
	fmt.Println(i, n)
}

func main() {
	run(0)
	run(1)
}
