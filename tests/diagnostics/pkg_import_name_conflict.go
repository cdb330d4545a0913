package main

import (
	"crypto/rand"
	"math/rand"
)

func main() {
	_ = rand.Int()
}
