package main

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	var seed uint32 = 12345
	xs := make([]int, 50000)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed >> 8)
	}
	quicksort(xs)
	ok := true
	for i := 1; i < len(xs); i++ {
		if xs[i-1] > xs[i] {
			ok = false
		}
	}
	println(ok, xs[0], xs[len(xs)-1])
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apple"}
	insertion(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
}
