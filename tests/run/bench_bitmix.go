package main

func rotl(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

// A SHA-1-like compression loop over a generated message.
func compress(state *[5]uint32, block *[16]uint32) {
	var w [80]uint32
	copy(w[:], block[:])
	for i := 16; i < 80; i++ {
		w[i] = rotl(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
	}
	a, b, c, d, e := state[0], state[1], state[2], state[3], state[4]
	for i := 0; i < 80; i++ {
		var f, k uint32
		switch {
		case i < 20:
			f, k = b&c|^b&d, 0x5a827999
		case i < 40:
			f, k = b^c^d, 0x6ed9eba1
		case i < 60:
			f, k = b&c|b&d|c&d, 0x8f1bbcdc
		default:
			f, k = b^c^d, 0xca62c1d6
		}
		t := rotl(a, 5) + f + e + k + w[i]
		a, b, c, d, e = t, a, rotl(b, 30), c, d
	}
	state[0] += a
	state[1] += b
	state[2] += c
	state[3] += d
	state[4] += e
}

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func main() {
	state := [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	var seed uint64 = 42
	var block [16]uint32
	for n := 0; n < 1000000; n++ {
		for i := range block {
			block[i] = uint32(splitmix(&seed))
		}
		compress(&state, &block)
	}
	for _, s := range state {
		print(s, " ")
	}
	println()
	var h uint64 = 14695981039346656037
	for i := 0; i < 2000000; i++ {
		h ^= uint64(i & 0xff)
		h *= 1099511628211
	}
	println(h)
}
