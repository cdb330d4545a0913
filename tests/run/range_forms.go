package main

func main() {
	for i := range 3 {
		print(i, " ")
	}
	println()
	var n int8 = 4
	for i := range n {
		print(i, " ")
	}
	println()
	s := []string{"a", "b", "c"}
	for i := range s {
		print(i)
	}
	for i, v := range s {
		print(i, v)
	}
	for range s {
		print(".")
	}
	println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		print(i, ":", v, " ")
	}
	println()
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		print(i, ":", v, " ")
	}
	println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 30
		}
		print(v, " ")
	}
	println(len(sl))
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	println(idx, val)
	var nilp *[4]int
	for i := range nilp {
		print(i)
	}
	println()
	for i := range 0 {
		println("never", i)
	}
	m := 0
	for i := range 10 {
		if i == 5 {
			break
		}
		m += i
	}
	println(m)
}
