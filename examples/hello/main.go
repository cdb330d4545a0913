// Command hello greets the world, and shows a little of everything the
// front end understands: generics, closures, range over functions.
package main

import (
	"fmt"
	"strings"
)

// Pair holds two values of any types.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Seq yields the pairs of m in the order of keys.
func Seq[K comparable, V any](keys []K, m map[K]V) func(yield func(Pair[K, V]) bool) {
	return func(yield func(Pair[K, V]) bool) {
		for _, k := range keys {
			if !yield(Pair[K, V]{k, m[k]}) {
				return
			}
		}
	}
}

func main() {
	greetings := map[string]string{"en": "hello", "fr": "bonjour", "de": "hallo"}
	for p := range Seq([]string{"en", "fr", "de"}, greetings) {
		fmt.Println(p.Key, strings.ToUpper(p.Val))
	}
}
