package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	p := sieve(200000)
	println(len(p), p[0], p[len(p)-1])
	sum := 0
	for _, x := range p {
		sum += x
	}
	println(sum)
}
