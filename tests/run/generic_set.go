package main

// A map-backed Set[K comparable]: maps keyed by a type parameter, for
// integer, string, named and narrow key types.

type Set[K comparable] struct {
	m map[K]struct{}
}

func NewSet[K comparable](keys ...K) *Set[K] {
	s := &Set[K]{m: make(map[K]struct{})}
	for _, k := range keys {
		s.Add(k)
	}
	return s
}

func (s *Set[K]) Add(k K)           { s.m[k] = struct{}{} }
func (s *Set[K]) Has(k K) bool      { _, ok := s.m[k]; return ok }
func (s *Set[K]) Remove(k K)        { delete(s.m, k) }
func (s *Set[K]) Len() int          { return len(s.m) }
func (s *Set[K]) Union(o *Set[K]) *Set[K] {
	r := NewSet[K]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func Count[K comparable](xs []K) map[K]int {
	c := map[K]int{}
	for _, x := range xs {
		c[x]++
	}
	return c
}

type color uint8

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	println(a.Len(), b.Len(), u.Len(), u.Has(4), u.Has(5))
	u.Remove(1)
	println(u.Len(), u.Has(1))

	w := NewSet("go", "wasm")
	w.Add("go")
	println(w.Len(), w.Has("wasm"), w.Has("rust"))

	c := NewSet[color](1, 255)
	println(c.Has(255), c.Has(2))

	n := NewSet[int8](-1)
	println(n.Has(-1), n.Has(1))

	counts := Count([]string{"a", "b", "a", "c", "a"})
	println(counts["a"], counts["b"], counts["z"], len(counts))
	fc := Count([]float64{0.5, 0.5, 1})
	println(fc[0.5], fc[1])
}
