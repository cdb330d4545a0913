package main

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	n := len(buf)
	for i > 0 {
		n--
		buf[n] = byte('0' + i%10)
		i /= 10
	}
	return string(buf[n:])
}

func main() {
	const n = 100000
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	println(len(m))
	bad := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7919]; !ok || v != i {
			bad++
		}
		if _, ok := m[i*7919+1]; ok {
			bad++
		}
	}
	println(bad)
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)

	for i := 0; i < n; i += 2 {
		delete(m, i*7919)
	}
	println(len(m), m[0], m[7919])
	for i := 0; i < n; i += 4 {
		m[i*7919] = -1
	}
	count, neg := 0, 0
	for _, v := range m {
		count++
		if v < 0 {
			neg++
		}
	}
	println(len(m), count, neg)

	// Churn: delete and re-add, leaving many tombstones behind.
	c := map[int]int{}
	for round := 0; round < 50; round++ {
		for i := 0; i < 1000; i++ {
			c[round*1000+i] = i
		}
		for i := 0; i < 1000; i++ {
			delete(c, round*1000+i)
		}
	}
	println(len(c))

	// String keys, built at run time.
	s := make(map[string]int, 20000)
	for i := 0; i < 20000; i++ {
		s["key-"+itoa(i)] = i
	}
	total := 0
	for k, v := range s {
		if k != "key-"+itoa(v) {
			println("wrong entry", k, v)
		}
		total += v
	}
	println(len(s), total, s["key-12345"], s["key-20000"])

	// Struct keys.
	type pt struct{ x, y int32 }
	grid := map[pt]bool{}
	for x := int32(0); x < 300; x++ {
		for y := int32(0); y < 300; y++ {
			if (x+y)%3 == 0 {
				grid[pt{x, y}] = true
			}
		}
	}
	println(len(grid), grid[pt{1, 2}], grid[pt{1, 1}])
}
