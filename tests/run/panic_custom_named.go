package main

type MyInt int
type MyStr string

func main() {
	defer func() {
		r := recover()
		println(r.(MyInt))
		panic(MyStr("second"))
	}()
	panic(MyInt(3))
}
