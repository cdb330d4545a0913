package main

func main() {
	for i := range "abc" {
		i = "x"
	}
}
