// +build linux darwin
// +build !cgo

package m
