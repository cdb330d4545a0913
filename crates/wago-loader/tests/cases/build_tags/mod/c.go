//go:build !foo

package m
