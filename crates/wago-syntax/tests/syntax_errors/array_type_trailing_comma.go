package p

type A [3,]int
