package main

// recover through every kind of deferred call: a method, a method value,
// an interface method, a func variable, a generic function; and recover
// in code those call (which must not stop the panic).

type T struct{ name string }

func (t T) Recover() {
	if r := recover(); r != nil {
		println(t.name, "recovered", r.(string))
	}
}

func (t *T) PtrRecover() {
	if r := recover(); r != nil {
		println(t.name, "ptr recovered", r.(string))
	}
}

type R interface{ Recover() }

func Gen[X any](label X) {
	if r := recover(); r != nil {
		println("generic recovered", r.(string))
	}
}

func viaMethod() {
	defer T{"method"}.Recover()
	panic("a")
}

func viaPtrMethod() {
	t := &T{"ptr"}
	defer t.PtrRecover()
	panic("b")
}

func viaMethodValue() {
	f := T{"value"}.Recover
	defer f()
	panic("c")
}

func viaInterface() {
	var r R = T{"iface"}
	defer r.Recover()
	panic("d")
}

func viaFuncVar() {
	f := func() {
		println("funcvar recovered", recover().(string))
	}
	defer f()
	panic("e")
}

func viaGeneric() {
	defer Gen(1)
	panic("f")
}

func helper() {
	if recover() != nil {
		println("helper must not recover")
	}
}

func notDirect() (ok bool) {
	defer func() {
		ok = recover() != nil
	}()
	defer func() {
		helper()
	}()
	panic("g")
}

func main() {
	viaMethod()
	viaPtrMethod()
	viaMethodValue()
	viaInterface()
	viaFuncVar()
	viaGeneric()
	println(notDirect())
}
