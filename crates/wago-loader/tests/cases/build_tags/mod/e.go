//go:build unix || ignore

package m
