//go:build go1.21

package main

func main() {
	for i := range 10 {
		_ = i
	}
}
