package p

type S struct {
	(T)
}
