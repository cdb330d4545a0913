package main

func get(s []string, i int) string { return s[i] }

func main() {
	s := []string{"a", "b"}
	println(get(s, 1))
	println(get(s, -1))
}
