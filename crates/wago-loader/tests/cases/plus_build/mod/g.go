// +build !linux,!windows

package m
