package main

func main() {
	s := []int{}
	switch s {
	case nil:
	}
	var t []int
	switch t {
	case s:
	}
}
