package main

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	println(a[3], b[3], len(base))
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	println(c[3], d[3])
	c[0] = 100
	println(full[0], d[0])
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:5]
	t[0] = 20
	println(s[2], len(t), cap(t))
	t = append(t, 50)
	println(s[5])
	u := s[6:]
	u = append(u, 8, 9)
	u[0] = 60
	println(s[6], u[0])
	v := s[:0]
	for _, x := range s {
		if x%2 == 0 {
			v = append(v, x)
		}
	}
	println(len(v))
	for _, x := range s {
		print(x, " ")
	}
	println()
	m := [5]int{1, 2, 3, 4, 5}
	ms := m[1:3]
	ms = append(ms, 30)
	println(m[3])
	ms[0] = 20
	println(m[1])
}
