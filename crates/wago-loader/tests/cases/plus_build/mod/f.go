// +build wasip1
// +build !wasm

package m
