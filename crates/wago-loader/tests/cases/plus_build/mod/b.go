// +build wasip1,wasm

package m
