package main

func main() {
	var p *int
	x := 1
	if x > 2 {
		p = &x
	}
	*p = 3
}
