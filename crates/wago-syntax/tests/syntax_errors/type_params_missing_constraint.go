package p

type T[P any, Q] struct{}
