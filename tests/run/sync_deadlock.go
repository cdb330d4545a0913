// Locking a locked mutex with no other goroutine to unlock it: gc's
// deadlock report.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("locked once")
	mu.Lock()
	println("unreachable")
}
