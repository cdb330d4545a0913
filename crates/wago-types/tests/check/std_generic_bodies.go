package p

// Promoted methods of an embedded generic type in a generic struct
// (unique.Make), append of a []byte|string type parameter
// (encoding/json), and breaks that target inner labeled loops
// (runtime.signal_recv).

type canon[T comparable] struct{ x T }

func (m *canon[T]) Load(key T) *T { return nil }

type seq struct{}

type uniq[T comparable] struct {
	*canon[T]
	seq
}

func Make[T comparable](value T) *T {
	var ma any
	m := ma.(*uniq[T])
	ptr := m.Load(value)
	return ptr
}

func appendQuoted[Bytes []byte | string](dst []byte, src Bytes) []byte {
	dst = append(dst, src[1:]...)
	return append(dst, src...)
}

func recv(state func() int) uint32 {
	for {
	Receive:
		for {
			switch state() {
			case 0:
				break Receive
			case 1:
				break
			}
		}
	}
}

func loopBreaks(state func() int) uint32 {
outer:
	for {
		for {
			break outer
		}
	}
} // ERROR "missing return"

// An instance's methods implement interfaces with the arguments substituted.
type getter[T any] struct{ v T }

func (g getter[T]) Get() T { return g.v }

var _ interface{ Get() int } = getter[int]{}
var _ interface{ Get() string } = getter[int]{} // ERROR "cannot use getter[int]{} (value of struct type getter[int]) as interface{Get() string} value in variable declaration: getter[int] does not implement interface{Get() string} (wrong type for method Get)"
