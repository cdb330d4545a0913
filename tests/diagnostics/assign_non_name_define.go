package main

func main() {
	var s struct{ f int }
	s.f := 1
}
