package main

// Random operations checked against a reference (a slice indexed by the
// key), including changes during ranges: an entry present for a whole
// range is produced exactly once, one deleted before it is reached is not
// produced, and nothing is produced twice.

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

const keys = 2000

type entry struct {
	present bool
	val     int
}

func check(m map[int]int, ref []entry) int {
	bad := 0
	n := 0
	for k := 0; k < keys; k++ {
		v, ok := m[k]
		if ok != ref[k].present || v != ref[k].val {
			bad++
		}
		if ok {
			n++
		}
	}
	if n != len(m) {
		bad++
	}
	return bad
}

func main() {
	m := map[int]int{}
	ref := make([]entry, keys)
	bad := 0
	for round := 0; round < 200; round++ {
		for op := 0; op < 300; op++ {
			k := rnd(keys)
			switch rnd(4) {
			case 0, 1:
				v := rnd(1000)
				m[k] = v
				ref[k] = entry{true, v}
			case 2:
				delete(m, k)
				ref[k] = entry{}
			case 3:
				m[k] += 3
				ref[k].present = true
				ref[k].val += 3
			}
		}
		bad += check(m, ref)

		// A range with changes along the way.
		whole := make([]bool, keys) // present for the whole range so far
		for k := 0; k < keys; k++ {
			whole[k] = ref[k].present
		}
		produced := make([]int, keys)
		deletedEarly := make([]bool, keys)
		broke := false
		for k, v := range m {
			if k < 0 || k >= keys {
				bad++
				continue
			}
			produced[k]++
			if deletedEarly[k] {
				bad++
			}
			if !ref[k].present || ref[k].val != v {
				bad++
			}
			for c := 0; c < 3; c++ {
				j := rnd(keys)
				switch rnd(3) {
				case 0:
					if produced[j] == 0 && ref[j].present {
						deletedEarly[j] = true
					}
					delete(m, j)
					ref[j] = entry{}
					whole[j] = false
				case 1:
					if !ref[j].present {
						whole[j] = false
						deletedEarly[j] = false // a new entry: may be produced
					}
					v := rnd(1000)
					m[j] = v
					ref[j] = entry{true, v}
				case 2:
					if ref[j].present {
						m[j]++
						ref[j].val++
					}
				}
			}
			if rnd(50) == 0 {
				broke = true
				break
			}
		}
		for k := 0; k < keys; k++ {
			if whole[k] && (produced[k] > 1 || !broke && produced[k] != 1) {
				bad++
			}
		}
		bad += check(m, ref)
	}
	// A last full range with no changes produces everything once.
	count := 0
	for range m {
		count++
	}
	println(bad, len(m) == count)
}
