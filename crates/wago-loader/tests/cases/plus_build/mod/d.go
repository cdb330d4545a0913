// +build linux
package m
