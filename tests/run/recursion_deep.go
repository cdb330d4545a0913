package main

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via int, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func perms(prefix []int, rest []int, count *int) {
	if len(rest) == 0 {
		*count++
		return
	}
	for i := range rest {
		next := append([]int{}, rest[:i]...)
		next = append(next, rest[i+1:]...)
		perms(append(prefix, rest[i]), next, count)
	}
}

func main() {
	println(ackermann(2, 3), ackermann(3, 3))
	println(depth(100000))
	println(isEven(1001), isOdd(1001))
	moves := 0
	hanoi(16, 1, 3, 2, &moves)
	println(moves)
	count := 0
	perms(nil, []int{1, 2, 3, 4, 5, 6}, &count)
	println(count)
}
