package main

import "math/bits"

func main() { q, r := bits.Div64(0, 7, 2); println(q, r)
 defer func() { println(recover().(error).Error()) }()
 bits.Div64(5, 0, 3) }
