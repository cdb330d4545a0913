//go:build wasip1 && !unix && gc && !gccgo && !cgo

package m
