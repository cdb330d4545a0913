package main

func abs2(z complex128) float64 { return real(z)*real(z) + imag(z)*imag(z) }

func escape(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if abs2(z) > 4 {
			return i
		}
	}
	return limit
}

func pow(z complex128, n int) complex128 {
	r := complex(1, 0)
	for ; n > 0; n-- {
		r *= z
	}
	return r
}

func main() {
	total := 0
	for y := -10; y <= 10; y++ {
		for x := -20; x <= 10; x++ {
			n := escape(complex(float64(x)/10, float64(y)/10), 100)
			total += n
			if n == 100 {
				print("*")
			} else {
				print(" ")
			}
		}
		println()
	}
	println(total)
	println(pow(1i, 4), pow(complex(1, 1), 8), pow(complex(0.5, -0.5), 3))
	var c64 complex64 = complex(1, 2)
	for i := 0; i < 5; i++ {
		c64 = c64*c64 - complex(float32(i), 0)
		c64 = complex(real(c64)/100, imag(c64)/100)
	}
	println(c64)
	zs := []complex128{1, 1i, -1, -1i}
	sum := complex(0, 0)
	for _, z := range zs {
		sum += z * complex(2, 0)
	}
	println(sum, sum == 0)
}
