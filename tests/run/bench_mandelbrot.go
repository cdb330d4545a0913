package main

func main() {
	const size = 1000
	const iters = 200
	inside := 0
	rows := make([]int, size)
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			escaped := false
			for i := 0; i < iters; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					escaped = true
					break
				}
			}
			if !escaped {
				inside++
				rows[y]++
			}
		}
	}
	println(inside)
	for y := 0; y < size; y += 100 {
		print(rows[y], " ")
	}
	println()
}
