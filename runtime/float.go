package runtime

import "unsafe"

// Floating-point printing for print and println, byte for byte as gc's
// runtime prints: strconv's %g at the shortest precision that round trips
// (-1) for the value's own bit size, and complex values as (re+imi).
//
// The shortest digits come from a Schubfach-style search (R. Giulietti,
// "The Schubfach way to render doubles"): the value and the two ends of
// its rounding interval are multiplied by a 126-bit approximation of a
// power of ten and rounded to odd, which is exact enough to decide which
// decimal candidates lie inside the interval. The table of powers is
// computed on first use with exact multi-word arithmetic, so a program
// that prints no floats never pays for it.

const (
	float64MantBits = 52
	float64ExpBits  = 11
	float32MantBits = 23
	float32ExpBits  = 8
)

// floatBuf collects one printed value: the longest, a complex128, is
// 2*24+3 bytes (each part: sign, 17 digits, point, e, sign, 3 digits).
type floatBuf struct {
	b [64]byte
	n int
}

func (fb *floatBuf) put(c byte) {
	fb.b[fb.n] = c
	fb.n++
}

func (fb *floatBuf) puts(s string) {
	for i := 0; i < len(s); i++ {
		fb.put(s[i])
	}
}

func (fb *floatBuf) flush() {
	write(2, unsafe.Pointer(&fb.b[0]), int32(fb.n))
}

func float64bits(v float64) uint64 {
	return *(*uint64)(unsafe.Pointer(&v))
}

func float32bits(v float32) uint64 {
	return uint64(*(*uint32)(unsafe.Pointer(&v)))
}

func printfloat(v float64) {
	var fb floatBuf
	fb.float(float64bits(v), float64MantBits, float64ExpBits)
	fb.flush()
}

func printfloat32(v float32) {
	var fb floatBuf
	fb.float(float32bits(v), float32MantBits, float32ExpBits)
	fb.flush()
}

func printcomplex(re, im float64) {
	var fb floatBuf
	fb.put('(')
	fb.float(float64bits(re), float64MantBits, float64ExpBits)
	fb.imag(float64bits(im), float64MantBits, float64ExpBits)
	fb.flush()
}

func printcomplex64(re, im float32) {
	var fb floatBuf
	fb.put('(')
	fb.float(float32bits(re), float32MantBits, float32ExpBits)
	fb.imag(float32bits(im), float32MantBits, float32ExpBits)
	fb.flush()
}

// imag appends a complex value's imaginary part and the closing "i)",
// giving the part a sign when its own form has none (NaN, positive values).
func (fb *floatBuf) imag(bits uint64, mantBits, expBits uint) {
	start := fb.n
	fb.float(bits, mantBits, expBits)
	if c := fb.b[start]; c != '+' && c != '-' {
		for i := fb.n; i > start; i-- {
			fb.b[i] = fb.b[i-1]
		}
		fb.b[start] = '+'
		fb.n++
	}
	fb.puts("i)")
}

// float appends the %g form of the IEEE value with the given bits and
// field widths (float32 or float64).
func (fb *floatBuf) float(bits uint64, mantBits, expBits uint) {
	neg := bits>>(expBits+mantBits) != 0
	exp := int(bits>>mantBits) & (1<<expBits - 1)
	mant := bits & (1<<mantBits - 1)
	if exp == 1<<expBits-1 {
		if mant != 0 {
			fb.puts("NaN")
		} else if neg {
			fb.puts("-Inf")
		} else {
			fb.puts("+Inf")
		}
		return
	}
	if neg {
		fb.put('-')
	}
	if exp == 0 && mant == 0 {
		fb.put('0')
		return
	}
	// The value is c * 2**q; subnormals share the smallest normal's q.
	bias := 1<<(expBits-1) - 1
	qmin := 1 - bias - int(mantBits)
	c, q := mant, qmin
	if exp != 0 {
		c |= 1 << mantBits
		q = exp - 1 + qmin
	}
	d, k := shortestDecimal(c, q, mantBits, qmin)
	fb.formatG(d, k)
}

// formatG appends d * 10**k (d > 0) as %g with shortest precision does:
// the e form when the decimal exponent is below -4 or at least 6 (the
// precision strconv assumes for shortest output), else the plain form.
func (fb *floatBuf) formatG(d uint64, k int) {
	for d%10 == 0 {
		d /= 10
		k++
	}
	var digs [20]byte
	i := len(digs)
	for d > 0 {
		i--
		digs[i] = byte(d%10) + '0'
		d /= 10
	}
	nd := len(digs) - i
	dp := nd + k // the decimal point's place in the digits
	if x := dp - 1; x < -4 || x >= 6 {
		fb.put(digs[i])
		if nd > 1 {
			fb.put('.')
			for j := i + 1; j < len(digs); j++ {
				fb.put(digs[j])
			}
		}
		fb.put('e')
		if x < 0 {
			fb.put('-')
			x = -x
		} else {
			fb.put('+')
		}
		if x >= 100 {
			fb.put(byte(x/100) + '0')
		}
		fb.put(byte(x/10%10) + '0')
		fb.put(byte(x%10) + '0')
		return
	}
	if dp <= 0 {
		fb.put('0')
	}
	for j := 0; j < dp; j++ {
		if j < nd {
			fb.put(digs[i+j])
		} else {
			fb.put('0')
		}
	}
	if nd > dp {
		fb.put('.')
		for j := dp; j < nd; j++ {
			if j < 0 {
				fb.put('0')
			} else {
				fb.put(digs[i+j])
			}
		}
	}
}

// shortestDecimal returns the shortest d * 10**k that rounds back to
// c * 2**q (a float with mantBits stored mantissa bits and smallest
// exponent qmin), the closest such one when several have that length,
// ties to even d.
func shortestDecimal(c uint64, q int, mantBits uint, qmin int) (uint64, int) {
	// Work in quarter units of 2**q: the value is cb, its rounding
	// interval [cbl, cbr], both ends included when c is even. The gap
	// below a power of two is half the gap above it.
	out := c & 1
	cb := c << 2
	cbr := cb + 2
	var cbl uint64
	var k int
	if c != 1<<mantBits || q == qmin {
		cbl = cb - 2
		k = floorLog10Pow2(q)
	} else {
		cbl = cb - 1
		k = floorLog10ThreeQuartersPow2(q)
	}
	// 10**k is at most the interval's width and 10**(k+1) is more, so
	// at most one multiple of 10**(k+1) lies inside, and at least one
	// multiple of 10**k. Scale by 10**-k, keeping two fraction bits.
	h := uint(q + floorLog2Pow10(-k) + 2)
	g1, g0 := pow10Scale(-k)
	vb := scaleRoundOdd(g1, g0, cb<<h)
	vbl := scaleRoundOdd(g1, g0, cbl<<h)
	vbr := scaleRoundOdd(g1, g0, cbr<<h)
	s := vb >> 2

	// One digit fewer, if a multiple of ten fits.
	sp := s / 10 * 10
	tp := sp + 10
	spIn := vbl+out <= sp<<2
	tpIn := tp<<2+out <= vbr
	if spIn != tpIn {
		if spIn {
			return sp, k
		}
		return tp, k
	}

	// Otherwise s or s+1, whichever fits, or the closer when both do.
	t := s + 1
	sIn := vbl+out <= s<<2
	tIn := t<<2+out <= vbr
	if sIn != tIn {
		if sIn {
			return s, k
		}
		return t, k
	}
	mid := (s + t) << 1
	if vb < mid || vb == mid && s&1 == 0 {
		return s, k
	}
	return t, k
}

// floorLog10Pow2 is ⌊q·log₁₀2⌋ (exact for |q| far beyond float64's range).
func floorLog10Pow2(q int) int {
	return (q * 661971961083) >> 41
}

// floorLog10ThreeQuartersPow2 is ⌊log₁₀(¾·2**q)⌋.
func floorLog10ThreeQuartersPow2(q int) int {
	return (q*661971961083 - 274743187321) >> 41
}

// floorLog2Pow10 is ⌊e·log₂10⌋.
func floorLog2Pow10(e int) int {
	return (e * 913124641741) >> 38
}

// scaleRoundOdd returns ⌊g·x / 2**127⌋, with its low bit set when the
// quotient is inexact (round to odd); g = g1·2**63 + g0, x < 2**63.
func scaleRoundOdd(g1, g0, x uint64) uint64 {
	x1 := mulHigh64(g0, x)
	y0 := g1 * x
	y1 := mulHigh64(g1, x)
	z := y0>>1 + x1
	hi := y1 + z>>63
	frac := z & (1<<63 - 1)
	if frac != 0 {
		hi |= 1
	}
	return hi
}

// mulHigh64 returns the high 64 bits of the 128-bit product a·b.
func mulHigh64(a, b uint64) uint64 {
	const mask32 = 1<<32 - 1
	a0, a1 := a&mask32, a>>32
	b0, b1 := b&mask32, b>>32
	lo := a0 * b0
	mid := a1*b0 + lo>>32
	mid2 := a0*b1 + mid&mask32
	return a1*b1 + mid>>32 + mid2>>32
}

// The powers 10**e for e in [pow10MinExp, pow10MaxExp] (what float64's
// decimal exponents need), each as g = ⌊10**e · 2**(125-⌊log₂10**e⌋)⌋ + 1,
// a 126-bit integer stored as its high and low 63 bits.
const (
	pow10MinExp = -292
	pow10MaxExp = 324
	pow10Count  = pow10MaxExp - pow10MinExp + 1
)

var pow10Table *[2 * pow10Count]uint64

func pow10Scale(e int) (uint64, uint64) {
	if pow10Table == nil {
		initPow10Table()
	}
	i := 2 * (e - pow10MinExp)
	return pow10Table[i], pow10Table[i+1]
}

// bigNat is a natural number of bigWords 32-bit words, least significant
// first: room for 2**1151, above 10**324 and enough to hold 2**1151/10**292
// to 126 significant bits.
const bigWords = 36

type bigNat [bigWords]uint32

func initPow10Table() {
	pow10Table = (*[2 * pow10Count]uint64)(mallocgc(2*pow10Count*8, nil))
	// Non-negative powers: exact, by repeated multiplication.
	var b bigNat
	b[0] = 1
	for e := 0; e <= pow10MaxExp; e++ {
		b.setPow10Entry(e)
		b.mulSmall(10)
	}
	// Negative powers: ⌊2**1151 / 10**n⌋, by repeated division, which is
	// exact because ⌊⌊x/a⌋/b⌋ = ⌊x/(ab)⌋. Its leading 126 bits are those
	// of 10**-n scaled, so the same extraction applies.
	b = bigNat{}
	b[bigWords-1] = 1 << 31
	for e := -1; e >= pow10MinExp; e-- {
		b.divSmall(10)
		b.setPow10Entry(e)
	}
}

// setPow10Entry stores b's leading 126 bits, plus one, as 10**e's entry.
func (b *bigNat) setPow10Entry(e int) {
	top := b.bitLen() - 126
	hi := b.bits63(top + 63)
	lo := b.bits63(top) + 1
	if lo == 1<<63 {
		lo = 0
		hi++
	}
	i := 2 * (e - pow10MinExp)
	pow10Table[i] = hi
	pow10Table[i+1] = lo
}

// bits63 returns the 63 bits of b starting at bit p (bits below 0 are 0).
func (b *bigNat) bits63(p int) uint64 {
	var r uint64
	for j := p + 62; j >= p; j-- {
		r <<= 1
		if j >= 0 {
			r |= uint64(b[j>>5]>>uint(j&31)) & 1
		}
	}
	return r
}

func (b *bigNat) bitLen() int {
	for i := bigWords - 1; i >= 0; i-- {
		if w := b[i]; w != 0 {
			n := 0
			for w != 0 {
				n++
				w >>= 1
			}
			return 32*i + n
		}
	}
	return 0
}

func (b *bigNat) mulSmall(m uint32) {
	var carry uint64
	for i := 0; i < bigWords; i++ {
		x := uint64(b[i])*uint64(m) + carry
		b[i] = uint32(x)
		carry = x >> 32
	}
}

func (b *bigNat) divSmall(m uint32) {
	var rem uint64
	for i := bigWords - 1; i >= 0; i-- {
		x := rem<<32 | uint64(b[i])
		b[i] = uint32(x / uint64(m))
		rem = x % uint64(m)
	}
}
