package main

// Iteration order is random: everything printed here is a count, a sum
// or sorted.

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	m := map[int]int{}
	for i := 1; i <= 100; i++ {
		m[i] = i * 2
	}
	count, ksum, vsum := 0, 0, 0
	for k, v := range m {
		count++
		ksum += k
		vsum += v
		if v != m[k] {
			println("bad value")
		}
	}
	println(count, ksum, vsum)

	keys := []int{}
	for k := range m {
		if k%10 == 0 {
			keys = append(keys, k)
		}
	}
	sortInts(keys)
	for _, k := range keys {
		print(k, " ")
	}
	println()

	n := 0
	for range m {
		n++
	}
	vs := 0
	for _, v := range m {
		vs += v
	}
	println(n, vs)

	// break and continue.
	seen := 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		seen++
		if seen == 10 {
			break
		}
	}
	println(seen)

	// Nested ranges over the same map, with a labeled continue.
	hits := 0
outer:
	for a := range m {
		if a > 10 {
			continue
		}
		for b := range m {
			if b == a {
				hits++
				continue outer
			}
		}
		println("not reached")
	}
	println(hits)

	words := map[string]int{"pear": 3, "apple": 1, "fig": 7, "kiwi": 2}
	ws := []string{}
	for w, c := range words {
		for i := 0; i < c; i++ {
			ws = append(ws, w)
		}
	}
	sortStrings(ws)
	for _, w := range ws {
		print(w, " ")
	}
	println()

	// Assigning to existing variables.
	var k0 string
	var v0 int
	total := 0
	for k0, v0 = range words {
		total += len(k0) * v0
	}
	println(total)

	// The order varies between ranges.
	small := map[int]bool{}
	for i := 0; i < 10; i++ {
		small[i] = true
	}
	firsts := map[int]bool{}
	for i := 0; i < 300; i++ {
		for k := range small {
			firsts[k] = true
			break
		}
	}
	println(len(firsts) > 1)

	// Per-iteration variables (Go 1.22).
	ptrs := []*int{}
	for k := range small {
		ptrs = append(ptrs, &k)
	}
	psum := 0
	for _, p := range ptrs {
		psum += *p
	}
	println(psum)

	var empty map[string]int
	for range empty {
		println("never")
	}
	for k, v := range map[int]int{} {
		println("never", k, v)
	}
}
