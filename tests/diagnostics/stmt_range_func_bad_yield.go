package main

func seq(yield func(int)) {}

func main() {
	for x := range seq {
		_ = x
	}
}
