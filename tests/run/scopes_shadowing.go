package main

var x = "package"

func get() string { return x }

func main() {
	println(x)
	x := 1
	println(x, get())
	{
		x := 2.5
		println(x)
		{
			x := "inner"
			println(x)
		}
		println(x)
	}
	println(x)
	if x := 10; x > 5 {
		println("if", x)
	} else {
		println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		println("for", x)
	}
	switch x := "s"; x {
	case "s":
		x := 3
		println("switch", x)
	}
	err := 1
	a, err := 2, 3
	println(a, err)
	len := func(s string) int { return 42 }
	println(len("abc"))
	{
		true := false
		println(true)
	}
	println(x)
}
