// Command primes prints the primes below 100 and a few facts about them,
// using what wago compiles today: slices, closures, methods, floats.
package main

type Sieve struct {
	composite []bool
}

func NewSieve(n int) *Sieve {
	s := &Sieve{composite: make([]bool, n)}
	for i := 2; i*i < n; i++ {
		if !s.composite[i] {
			for j := i * i; j < n; j += i {
				s.composite[j] = true
			}
		}
	}
	return s
}

// Each calls f with every prime, in order.
func (s *Sieve) Each(f func(p int)) {
	for i := 2; i < len(s.composite); i++ {
		if !s.composite[i] {
			f(i)
		}
	}
}

func main() {
	s := NewSieve(100)
	count, sum := 0, 0
	s.Each(func(p int) {
		print(p, " ")
		count++
		sum += p
	})
	println()
	println("count:", count, "sum:", sum, "mean:", float64(sum)/float64(count))
}
