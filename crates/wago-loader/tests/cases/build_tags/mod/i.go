package m

//go:build ignore
