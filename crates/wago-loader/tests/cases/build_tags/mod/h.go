// Copyright x

//go:build bar

// Package m.
package m
