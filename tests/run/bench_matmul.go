package main

func matmul(a, b [][]float64, n int) [][]float64 {
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		ci := c[i]
		for k := 0; k < n; k++ {
			aik := a[i][k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
	}
	return c
}

func gen(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	tmp := 1.0 / float64(n) / float64(n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = tmp * float64(i-j) * float64(i+j) * seed
		}
	}
	return m
}

func main() {
	n := 800
	a := gen(n, 1)
	b := gen(n, 2)
	c := matmul(a, b, n)
	println(c[n/2][n/2], c[0][n-1], c[n-1][0])
	var im [64][64]int32
	for i := range im {
		for j := range im[i] {
			im[i][j] = int32((i*7 + j*13) % 17)
		}
	}
	var r [64][64]int32
	for i := 0; i < 64; i++ {
		for j := 0; j < 64; j++ {
			var s int32
			for k := 0; k < 64; k++ {
				s += im[i][k] * im[k][j]
			}
			r[i][j] = s
		}
	}
	println(r[0][0], r[31][17], r[63][63])
}
