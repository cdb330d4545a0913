package main

func main() {
	defer func() {
		r := recover()
		println(r != nil)
		panic(r)
	}()
	panic(nil)
}
