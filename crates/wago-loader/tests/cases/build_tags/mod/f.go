//go:build go1.21 && !go1.99 && wasm.signext

package m
