package main

type P *int

type S struct {
	*P
}

func main() {}
