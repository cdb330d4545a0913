package main

func main() {
	s := make([]string, 3, 10)
	p := (*[3]string)(s)
	println(len(p))
	q := (*[5]string)(s)
	println(len(q))
}
