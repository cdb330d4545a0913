package main

type S struct{}

func f() S {
	return nil
}

func main() { f() }
