package main

// Changing a map while ranging over it: deleted entries not yet reached
// are not produced, every entry present throughout is produced exactly
// once, and entries added during the range may or may not be.

func fill(n int) map[int]int {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

func main() {
	// Delete the entry being visited.
	m := fill(100)
	count := 0
	for k := range m {
		delete(m, k)
		count++
	}
	println(count, len(m))

	// Delete every other entry on the first visit.
	m = fill(100)
	count = 0
	for k := range m {
		if count == 0 {
			for j := 0; j < 100; j++ {
				if j != k {
					delete(m, j)
				}
			}
		}
		count++
	}
	println(count, len(m))

	// Delete each visited key's partner: one of each pair is produced.
	m = fill(100)
	produced := map[int]bool{}
	for k := range m {
		produced[k] = true
		delete(m, k^1)
	}
	both := 0
	for i := 0; i < 100; i += 2 {
		if produced[i] && produced[i+1] {
			both++
		}
	}
	println(len(produced), both, len(m))

	// Add entries while ranging, enough to grow the table several times.
	m = fill(50)
	seen := map[int]int{}
	added := 0
	for k := range m {
		seen[k]++
		if k < 50 {
			for j := 0; j < 20; j++ {
				m[1000+k*20+j] = 1
				added++
			}
		}
	}
	once := 0
	for i := 0; i < 50; i++ {
		if seen[i] == 1 {
			once++
		}
	}
	extra := 0
	for k, c := range seen {
		if c != 1 {
			println("produced twice:", k)
		}
		if k >= 1000 {
			extra++
		}
	}
	println(once, added, len(m), extra <= added)

	// Grow, then delete entries not reached yet.
	m = fill(64)
	visits := 0
	for k := range m {
		visits++
		if visits == 1 {
			for j := 0; j < 1000; j++ {
				m[100+j] = j
			}
			for j := 0; j < 64; j++ {
				if j != k {
					delete(m, j)
				}
			}
		}
		if k < 64 && visits > 1 {
			println("deleted key produced:", k)
		}
	}
	println(len(m), visits <= 1001)

	// Update values during the range: later reads see them.
	m = fill(10)
	for k := range m {
		for j := 0; j < 10; j++ {
			if j != k {
				m[j] += 100
			}
		}
	}
	vsum := 0
	for _, v := range m {
		vsum += v
	}
	println(vsum)

	// Clearing during a range ends it.
	m = fill(30)
	count = 0
	for range m {
		count++
		clear(m)
	}
	println(count, len(m))

	// Delete and add back.
	m = fill(20)
	count = 0
	for k := range m {
		delete(m, k)
		m[k] = -k
		count++
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(count >= 20, len(m), sum)
}
