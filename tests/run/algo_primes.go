package main

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func factor(n int) []int {
	var fs []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			fs = append(fs, d)
			n /= d
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	count := 0
	last := 0
	for i := 0; i < 100000; i++ {
		if isPrime(i) {
			count++
			last = i
		}
	}
	println(count, last)
	println(powmod(2, 1000000, 1000000007), powmod(3, 1<<40, 998244353))
	for _, n := range []int{360, 97, 1234567890, 600851475143} {
		for _, f := range factor(n) {
			print(f, " ")
		}
		println()
	}
}
