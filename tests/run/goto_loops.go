package main

func gcd(a, b int) int {
top:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto top
}

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto again
done:
	return steps
}

func search(m [][]int, want int) (int, int) {
	i := 0
	for ; i < len(m); i++ {
		for j := 0; j < len(m[i]); j++ {
			if m[i][j] == want {
				return i, j
			}
		}
	}
	goto fail
fail:
	return -1, -1
}

func main() {
	println(gcd(1071, 462), gcd(17, 5))
	println(collatz(27), collatz(1))
	println(search([][]int{{1, 2}, {3, 4}}, 4))
	println(search([][]int{{1, 2}}, 9))
	i := 0
L:
	if i < 5 {
		print(i)
		i++
		goto L
	}
	println()
	x := 0
	goto skip
skip:
	x++
	println(x)
}
