package main

func main() {
	s := make([]int, 10)
	for i := range s {
		s[i] = i
	}
	a := s[2:4:6]
	println(len(a), cap(a), a[0], a[1])
	a = append(a, 100)
	println(s[4])
	a = append(a, 101)
	println(s[5])
	a = append(a, 102)
	a[0] = -1
	println(s[2], s[6], len(a), cap(a) >= 5)
	b := s[:0:0]
	b = append(b, 7)
	println(s[0], b[0])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	c := arr[1:3:4]
	println(len(c), cap(c), c[1])
	c = c[:cap(c)]
	println(c[2])
	d := s[3:3:3]
	println(len(d), cap(d))
}
