package main

type P struct{ a, b int }

func pair() (int, string) { return 7, "seven" }

func main() {
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99
	println(i, s[0], s[1])
	p, q := P{1, 2}, P{3, 4}
	p, q = q, p
	println(p.a, q.a)
	n, name := pair()
	println(n, name)
	_, name2 := pair()
	println(name2)
	var a, b int = pair2()
	println(a, b)
	arr := [2]int{1, 2}
	arr[0], arr[1] = arr[1], arr[0]
	println(arr[0], arr[1])
}

func pair2() (int, int) { return 5, 6 }
