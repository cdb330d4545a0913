// Package sync and sync/atomic with one goroutine: locks, Once, WaitGroup,
// Pool, Map, Cond, and the atomic types.
package main

import (
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	c.inc("a")
	c.inc("a")
	c.inc("b")
	println(c.n["a"], c.n["b"], c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	println(rw.TryRLock())
	rw.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once", i) })
	}
	v := sync.OnceValue(func() int { println("computing"); return 42 })
	println(v(), v())

	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	println("waited")

	p := sync.Pool{New: func() any { println("new"); return new(int) }}
	x := p.Get().(*int)
	*x = 7
	p.Put(x)
	y := p.Get().(*int)
	println(*y)

	var m sync.Map
	m.Store("k", 1)
	m.Store("j", 2)
	got, ok := m.Load("k")
	println(got.(int), ok)
	_, loaded := m.LoadOrStore("k", 9)
	println(loaded)
	m.Delete("j")
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	println(n)

	cond := sync.NewCond(&sync.Mutex{})
	cond.Signal()
	cond.Broadcast()

	var i32 atomic.Int32
	var u64 atomic.Uint64
	var flag atomic.Bool
	var ptr atomic.Pointer[string]
	s := "hi"
	i32.Add(5)
	i32.Add(-2)
	u64.Store(1 << 40)
	println(i32.Load(), u64.Add(1), i32.CompareAndSwap(3, 10), i32.CompareAndSwap(3, 11), i32.Swap(1))
	flag.Store(true)
	ptr.Store(&s)
	println(flag.Load(), *ptr.Load(), i32.Or(6), i32.And(4), i32.Load())
	var raw int64
	atomic.AddInt64(&raw, 10)
	println(atomic.LoadInt64(&raw), atomic.SwapInt64(&raw, 3), raw)
	var val atomic.Value
	val.Store([]int{1, 2})
	println(len(val.Load().([]int)))
}
