package main

type S struct{ a int }

func main() {
	_ = int(S{})
}
