package main

type F float64

func main() {
	defer func() {
		println(recover().(float64))
		panic(F(2.5))
	}()
	panic(1.25)
}
