// wago's HashTrieMap (the engine of sync.Map): upstream's hash-trie finds
// the key's hash function and the value's equality in gc's map type
// layout (internal/abi), which wago's type descriptors do not have. This
// one keeps the entries in a built-in map behind the mutex, with
// upstream's API and guarantees: the zero value is ready to use, and
// All/Range let yield call any method of the map (Go's maps allow
// changes during range).

package sync

// HashTrieMap is a map safe for concurrent use. The zero HashTrieMap is
// empty and ready to use. It must not be copied after first use.
type HashTrieMap[K comparable, V any] struct {
	mu Mutex
	m  map[K]V
}

func (ht *HashTrieMap[K, V]) lock() map[K]V {
	ht.mu.Lock()
	if ht.m == nil {
		ht.m = make(map[K]V)
	}
	return ht.m
}

// Load returns the value stored in the map for a key, or the zero value
// if no value is present. ok reports whether a value was found.
func (ht *HashTrieMap[K, V]) Load(key K) (value V, ok bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	value, ok = m[key]
	return value, ok
}

// LoadOrStore returns the existing value for the key if present;
// otherwise it stores and returns the given value. loaded reports
// whether the value was loaded.
func (ht *HashTrieMap[K, V]) LoadOrStore(key K, value V) (result V, loaded bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	if old, ok := m[key]; ok {
		return old, true
	}
	m[key] = value
	return value, false
}

// Store sets the value for a key.
func (ht *HashTrieMap[K, V]) Store(key K, new V) {
	ht.Swap(key, new)
}

// Swap swaps the value for a key and returns the previous value if any.
// loaded reports whether the key was present.
func (ht *HashTrieMap[K, V]) Swap(key K, new V) (previous V, loaded bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	previous, loaded = m[key]
	m[key] = new
	return previous, loaded
}

// CompareAndSwap swaps the old and new values for key if the value stored
// in the map is equal to old. Comparing values of an incomparable type
// panics, as == on them does.
func (ht *HashTrieMap[K, V]) CompareAndSwap(key K, old, new V) (swapped bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	cur, ok := m[key]
	if !ok || any(cur) != any(old) {
		return false
	}
	m[key] = new
	return true
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. loaded reports whether the key was present.
func (ht *HashTrieMap[K, V]) LoadAndDelete(key K) (value V, loaded bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	value, loaded = m[key]
	delete(m, key)
	return value, loaded
}

// Delete deletes the value for a key.
func (ht *HashTrieMap[K, V]) Delete(key K) {
	ht.LoadAndDelete(key)
}

// CompareAndDelete deletes the entry for key if its value is equal to old.
func (ht *HashTrieMap[K, V]) CompareAndDelete(key K, old V) (deleted bool) {
	m := ht.lock()
	defer ht.mu.Unlock()
	cur, ok := m[key]
	if !ok || any(cur) != any(old) {
		return false
	}
	delete(m, key)
	return true
}

// All returns an iterator over each key and value present in the map.
func (ht *HashTrieMap[K, V]) All() func(yield func(K, V) bool) {
	return ht.Range
}

// Range calls yield for each key and value present in the map, until
// yield returns false. The lock is not held while yield runs.
func (ht *HashTrieMap[K, V]) Range(yield func(K, V) bool) {
	m := ht.lock()
	ht.mu.Unlock()
	for k, v := range m {
		if !yield(k, v) {
			return
		}
	}
}

// Clear deletes all the entries, resulting in an empty HashTrieMap.
func (ht *HashTrieMap[K, V]) Clear() {
	ht.lock()
	defer ht.mu.Unlock()
	ht.m = nil
}
