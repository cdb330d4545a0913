/* c */
//go:build linux

package m
