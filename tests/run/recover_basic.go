package main

// recover: in a deferred closure, values of every kind, named results set
// after recovering, recover outside a panic, runtime errors as errors.

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error).Error()
			q = -1
		}
	}()
	return a / b, ""
}

func index(s []int, i int) (v int) {
	defer func() {
		recover()
	}()
	v = 100
	return s[i]
}

func try(f func()) (caught any) {
	defer func() {
		caught = recover()
	}()
	f()
	return nil
}

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr" }

func main() {
	println(recover() == nil)
	q, err := safeDiv(7, 2)
	println(q, err)
	q, err = safeDiv(7, 0)
	println(q, err)
	println(index([]int{1, 2}, 1), index([]int{1, 2}, 5))
	println(try(func() { panic("str") }).(string))
	println(try(func() { panic(42) }).(int))
	println(try(func() { panic(myErr{7}) }).(myErr).code)
	println(try(func() {}) == nil)
	r := try(func() {
		var m map[string]int
		m["x"] = 1
	})
	println(r.(error).Error())
	r = try(func() {
		var p *myErr
		println(p.code)
	})
	println(r.(error).Error())
	println("done")
}
