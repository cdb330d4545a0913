package main

type P struct{ name string }

func main() {
	_ = P{name: 3}
}
