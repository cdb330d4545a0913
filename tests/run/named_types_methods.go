package main

type Celsius float64
type Stack []int
type Bits uint8
type Name string

func (c Celsius) Fahrenheit() float64 { return float64(c)*1.8 + 32 }

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)     { *b |= f }

func (n Name) Greeting() string { return "hi " + string(n) }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	var b Bits
	b.Set(1)
	b.Set(4)
	println(b, b.Has(4), b.Has(2))
	println(Name("bob").Greeting())
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 40; i++ {
		r = r.Mul(fib)
	}
	println(r[0][1])
	type local int
	var l local = 5
	println(l + 1)
	c := Celsius(37.5)
	c += 1
	println(c)
}
