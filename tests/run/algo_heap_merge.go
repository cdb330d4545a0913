package main

func siftDown(a []int, i, n int) {
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && a[r] > a[l] {
			m = r
		}
		if a[i] >= a[m] {
			return
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
}

func heapsort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l := mergesort(a[:len(a)/2])
	r := mergesort(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func checksum(a []int) int {
	h := 0
	for i, v := range a {
		h = h*31 + v*(i+1)
	}
	return h
}

func main() {
	a := make([]int, 20000)
	b := make([]int, len(a))
	x := 7
	for i := range a {
		x = (x*7919 + 17) % 65521
		a[i] = x - 30000
		b[i] = a[i]
	}
	heapsort(a)
	c := mergesort(b)
	println(checksum(a), checksum(c), a[0], c[len(c)-1])
}
