package main

type P struct{ x, y int }

func main() {
	_ = P{z: 1}
}
