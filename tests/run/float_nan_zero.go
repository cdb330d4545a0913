package main

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	println(inf, ninf, inf > 1e308, ninf < -1e308, inf == inf, inf-inf == inf-inf)
	nz := -zero
	println(nz == zero, 1/nz, 1/zero, nz)
	println(nz*1, zero*-1, -nz)
	x := 1e308
	println(x*10, -x*10, x*10-x*10)
	println(min(1.0, nan), max(nan, 2.0), min(zero, nz), max(nz, zero))
	println(1/min(zero, nz), 1/max(nz, zero))
	var f32 float32 = 3.4e38
	println(f32*10, -f32*10)
	var f32z float32 = 0
	println(f32z/f32z == f32z/f32z, 1/(-f32z))
	vals := []float64{nan, inf, ninf, 0, nz, 1, -1}
	for _, a := range vals {
		for _, b := range vals {
			print(a < b, a == b, " ")
		}
		println()
	}
}
