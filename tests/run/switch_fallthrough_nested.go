// A switch nested in a clause that ends in fallthrough: the fallthrough
// still goes to the enclosing switch's next clause.
package main

func classify(x, y int) string {
	s := ""
	switch x {
	case 1:
		switch y {
		case 0:
			s += "y0 "
		case 1:
			s += "y1 "
			if x == y {
				return s + "same"
			}
		}
		fallthrough
	case 2:
		s += "two "
		switch {
		case y > 5:
			s += "big "
			fallthrough
		case y > 2:
			s += "mid "
		}
		fallthrough
	case 3:
		s += "three"
	default:
		s += "other"
	}
	return s
}

func main() {
	for _, c := range [][2]int{{1, 0}, {1, 1}, {1, 9}, {2, 3}, {2, 0}, {3, 0}, {4, 0}} {
		println(c[0], c[1], classify(c[0], c[1]))
	}
}
