// +build linux

package m
