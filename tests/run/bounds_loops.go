package main

// Loops whose index checks a compiler may or may not prove: each must
// behave as Go says, the last one panicking out of range.

func sum(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

func sumLen(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i] * i
	}
	return t
}

// The slice shrinks inside the loop: the length tested is not the one
// indexed.
func shrinking(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
		if i == 2 {
			s = s[:3]
		}
	}
	return t
}

// Indexing another, shorter slice by the same counter.
func other(a, b []int) (t int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	for i := range a {
		t += b[i]
	}
	return t
}

func down(s []int) int {
	t := 0
	for i := len(s) - 1; i >= 0; i-- {
		t = t*3 + s[i]
	}
	return t
}

func arr() int {
	var a [8]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	t := 0
	for i := range a {
		t += a[i]
	}
	return t
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	println(sum(s), sumLen(s), shrinking(s), down(s), arr())
	println(other(s, s[:4]))
	var n []int
	println(sum(n), sumLen(n))
	t := 0
	for i := 0; i <= len(s); i++ {
		t += s[i]
	}
	println(t)
}
