package runtime

import "unsafe"

// Complex division, by Smith's algorithm (scaling by the larger part of
// the divisor to avoid overflow), with the recovery of infinities and
// zeros from NaN results that C99's Annex G (G.5.1) specifies and Go
// follows.

func f64bits(f float64) uint64     { return *(*uint64)(unsafe.Pointer(&f)) }
func f64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func isNaN(f float64) bool { return f != f }

func isInf(f float64) bool { return f-f != 0 && !isNaN(f) }

func isFinite(f float64) bool { return f-f == 0 }

func fabs(f float64) float64 { return f64frombits(f64bits(f) &^ (1 << 63)) }

// copysign returns the magnitude of f with the sign of s.
func copysign(f, s float64) float64 {
	return f64frombits(f64bits(f)&^(1<<63) | f64bits(s)&(1<<63))
}

// inf01 is ±1 for an infinity and ±0 otherwise, keeping the sign.
func inf01(f float64) float64 {
	if isInf(f) {
		return copysign(1, f)
	}
	return copysign(0, f)
}

func complex128div(a, b, c, d float64) (float64, float64) {
	var x, y float64
	if fabs(c) >= fabs(d) {
		r := d / c
		den := c + r*d
		x = (a + b*r) / den
		y = (b - a*r) / den
	} else {
		r := c / d
		den := d + r*c
		x = (a*r + b) / den
		y = (b*r - a) / den
	}
	if isNaN(x) && isNaN(y) {
		inf := f64frombits(0x7FF0000000000000)
		switch {
		case c == 0 && d == 0 && (!isNaN(a) || !isNaN(b)):
			x = copysign(inf, c) * a
			y = copysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a, b = inf01(a), inf01(b)
			x = inf * (a*c + b*d)
			y = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c, d = inf01(c), inf01(d)
			x = 0 * (a*c + b*d)
			y = 0 * (b*c - a*d)
		}
	}
	return x, y
}
