package main

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n && mid <= 1<<32-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	a := make([]int, 1000)
	for i := range a {
		a[i] = i * 3
	}
	for _, x := range []int{-5, 0, 1, 3, 1500, 2997, 2998, 5000} {
		i := search(a, x)
		found := i < len(a) && a[i] == x
		println(x, i, found)
	}
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 18446744073709551615} {
		print(isqrt(n), " ")
	}
	println()
}
