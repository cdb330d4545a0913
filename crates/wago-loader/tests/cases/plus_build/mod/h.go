// +build

package m
