// math/big from GOROOT (its wasm assembly is trampolines to the Go
// versions): integers, rationals and floats, formatted by fmt.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	var c big.Int
	c.Mul(a, b)
	fmt.Println(c.String(), c.BitLen(), c.Sign())
	f := new(big.Int).MulRange(1, 30)
	fmt.Println("30! =", f)
	e := new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil)
	q, r := new(big.Int).QuoRem(e, big.NewInt(1_000_000_007), new(big.Int))
	fmt.Println(e, q.BitLen(), r)
	g := new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071))
	fmt.Println(g, a.Cmp(b), new(big.Int).Neg(b), new(big.Int).Sqrt(big.NewInt(1_000_000)))
	fmt.Printf("%x %d %s\n", big.NewInt(255), big.NewInt(-42), big.NewInt(7).Text(2))
	rat := big.NewRat(3, 4)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println(rat, rat.FloatString(5))
	x := new(big.Float).SetPrec(100).SetFloat64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 25))
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), big.NewInt(97).ProbablyPrime(20))
}
