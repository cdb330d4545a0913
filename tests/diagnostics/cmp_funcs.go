package main

func main() {
	f, g := func() {}, func() {}
	_ = f == g
}
