// math/rand and math/rand/v2 from GOROOT: seeded generators give Go's
// exact sequences; the global ones are seeded by the runtime.
package main

import (
	randv1 "math/rand"
	"math/rand/v2"
)

func main() {
	r := randv1.New(randv1.NewSource(42))
	for i := 0; i < 5; i++ {
		print(r.Intn(100), " ")
	}
	println(r.Float64() < 1, r.Int63() >= 0)
	perm := r.Perm(6)
	println(len(perm), perm[0]+perm[1]+perm[2]+perm[3]+perm[4]+perm[5])

	pcg := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		print(pcg.IntN(1000), " ")
	}
	println()
	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	println(cc.Uint64(), cc.Int32N(50))
	s := []int{1, 2, 3, 4, 5}
	pcg.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	println(s[0]+s[1]+s[2]+s[3]+s[4], s[0], s[4])

	n := rand.IntN(10)
	x := randv1.Intn(10)
	println(n >= 0 && n < 10, x >= 0 && x < 10, rand.Float64() < 1)
}
