//go:build goexperiment.jsonv2

package m
