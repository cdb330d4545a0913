package main

func main() {
	g := [][]int{{1, 2}, {3}}
	for i := range g {
		for j := 0; j < 2; j++ {
			println(g[i][j])
		}
	}
}
