package main

type Stringer interface{ String() string }

func f[T Stringer](x T) {}

func main() {
	f(1)
}
