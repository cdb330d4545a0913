package main

func lcs(a, b string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return dp[len(a)][len(b)]
}

func knapsack(w, v []int, capacity int) int {
	best := make([]int, capacity+1)
	for i := range w {
		for c := capacity; c >= w[i]; c-- {
			best[c] = max(best[c], best[c-w[i]]+v[i])
		}
	}
	return best[capacity]
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func coins(amount int, denoms []int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, d := range denoms {
		for a := d; a <= amount; a++ {
			ways[a] += ways[a-d]
		}
	}
	return ways[amount]
}

func main() {
	println(lcs("AGGTABQWERTY", "GXTXAYBWRT"), lcs("", "abc"))
	println(knapsack([]int{1, 3, 4, 5, 9, 12}, []int{1, 4, 5, 7, 13, 17}, 20))
	println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("héllo"), []rune("hello")))
	println(coins(1000, []int{1, 2, 5, 10, 20, 50, 100, 200}))
}
