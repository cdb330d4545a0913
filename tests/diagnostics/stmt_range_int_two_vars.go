package main

func main() {
	for i, j := range 10 {
		_, _ = i, j
	}
}
