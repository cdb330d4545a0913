package p

type S struct {
	a, b
}
