package main

func main() {
	vals := []complex128{1 + 2i, -3 + 0.5i, 0, 1e300 + 1e300i, 2i}
	for _, a := range vals {
		for _, b := range vals {
			println(a / b)
		}
	}
	var z complex128
	inf := 1 / real(z)
	nan := real(z) / real(z)
	println(complex(inf, 1)/(1+1i), (1+1i)/complex(inf, 0), complex(nan, nan)/(1+0i))
	var c64 complex64 = 1 + 1i
	d64 := complex64(3 - 4i)
	println(c64/d64, d64/c64)
	q := 10 + 5i
	q /= 2 - 1i
	println(q, real(q), imag(q))
}
