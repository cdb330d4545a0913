// fallthrough after a nested switch in the same clause (as fmt's
// printValue does): the nested switch must not lose the outer target.
package main

func kind(n, m int) string {
	out := ""
	switch {
	case n > 10:
		out += "big "
		switch m {
		case 1:
			out += "one "
		case 2:
			out += "two "
			return out
		}
		fallthrough
	case n > 5:
		out += "medium "
		switch {
		case m < 0:
			out += "neg "
		}
		fallthrough
	default:
		out += "any"
	}
	return out
}

func main() {
	println(kind(20, 1))
	println(kind(20, 2))
	println(kind(7, -1))
	println(kind(1, 0))
}
