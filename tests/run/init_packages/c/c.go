// Package c is imported by a and b: it is initialised once, first.
package c

var Order []string

var C = record("c.C")

func record(s string) int {
	Order = append(Order, s)
	return len(Order)
}

func Record(s string) int { return record(s) }

func init() { record("c.init") }
