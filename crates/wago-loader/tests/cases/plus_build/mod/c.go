//go:build wasip1
// +build linux

package m
